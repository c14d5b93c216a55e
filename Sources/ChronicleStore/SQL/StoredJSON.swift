import ChronicleCore

/// A small JSON reader for the JSON columns the store writes itself (event records, lists of
/// document ids and sources), several times faster than `JSONDecoder` on Linux.
///
/// Reading stored records is the cost of every timeline, event page and digest: a digest of
/// 10,000 events decodes 20,000 records, about 40 µs each with `JSONDecoder`. This reader
/// parses the bytes once into ``Value``s and builds the record by hand. It only ever answers
/// what `JSONDecoder` would: when the text holds anything it does not expect (a missing key, a
/// value of another type, a malformed date), it returns nil and ``StoreSQL`` falls back to
/// `JSONDecoder`, which gives the same value or its error.
///
/// ```swift
/// let record = StoredJSON.eventRecord(#"{"schema":1,"id":"e1",…}"#)
/// ```
enum StoredJSON {
    /// A parsed JSON value.
    indirect enum Value {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([Value])
        /// Members in the order written; objects here are small, so a linear search beats hashing.
        case object(Members)
    }

    /// The members of an object.
    struct Members {
        var pairs: [(String, Value)] = []

        /// The value of the member named `key` (of duplicate keys, which the store never writes, the last).
        subscript(key: String) -> Value? {
            var i = pairs.count - 1
            while i >= 0 {
                if pairs[i].0 == key { return pairs[i].1 }
                i -= 1
            }
            return nil
        }
    }

    /// Parses a whole JSON text, or nil when it is not valid JSON.
    static func parse(_ text: String) -> Value? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes)
            guard let value = parser.value() else { return nil }
            parser.skipSpace()
            return parser.i == bytes.count ? value : nil
        }
    }

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value() -> Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString, _ value: Value) -> Value? {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return nil }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return nil }
            i += n
            return value
        }

        mutating func object() -> Value? {
            i += 1
            var out = Members()
            out.pairs.reserveCapacity(24)
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(out) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value() else { return nil }
                out.pairs.append((key, v))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(out) }
                return nil
            }
        }

        mutating func array() -> Value? {
            i += 1
            var out: [Value] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(out) }
            while true {
                guard let v = value() else { return nil }
                out.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(out) }
                return nil
            }
        }

        /// A string at `i` (which is a quote); escapes decoded, nil when malformed.
        mutating func string() -> String? {
            i += 1
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
                guard bytes[i] >= 0x20 else { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                let s = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            // Slow path: escapes.
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(validating: out, as: UTF8.self)
                }
                guard b >= 0x20 else { return nil }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            return nil
                        }
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                default: return nil
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        /// A number, in JSON's grammar.
        mutating func number() -> Value? {
            let start = i
            var integral = true
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let digits = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            guard i > digits, !(bytes[digits] == 0x30 && i - digits > 1) else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                integral = false
                i += 1
                let fraction = i
                while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
                guard i > fraction else { return nil }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                integral = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let exponent = i
                while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
                guard i > exponent else { return nil }
            }
            // Small integers exactly, without building a string.
            if integral && i - digits <= 15 {
                var v = 0
                for k in digits..<i { v = v * 10 + Int(bytes[k] - 0x30) }
                return .number(Double(bytes[start] == UInt8(ascii: "-") ? -v : v))
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            return Double(text).map(Value.number)
        }
    }
}

// MARK: - Typed access

extension StoredJSON.Value {
    var object: StoredJSON.Members? { if case let .object(o) = self { o } else { nil } }
    var string: String? { if case let .string(s) = self { s } else { nil } }
    var double: Double? { if case let .number(d) = self { d } else { nil } }
    var int: Int? {
        guard case let .number(d) = self, d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }
    var isNull: Bool { if case .null = self { true } else { false } }
    var strings: [String]? {
        guard case let .array(a) = self else { return nil }
        var out: [String] = []
        out.reserveCapacity(a.count)
        for v in a { guard let s = v.string else { return nil }; out.append(s) }
        return out
    }
    var ints: [Int]? {
        guard case let .array(a) = self else { return nil }
        var out: [Int] = []
        out.reserveCapacity(a.count)
        for v in a { guard let n = v.int else { return nil }; out.append(n) }
        return out
    }
}

/// An optional field: `.some(nil)` for a missing key or null, nil for a value of another type.
private func optional<T>(_ o: StoredJSON.Members, _ key: String,
                         _ read: (StoredJSON.Value) -> T?) -> T?? {
    guard let v = o[key], !v.isNull else { return .some(nil) }
    guard let t = read(v) else { return nil }
    return .some(t)
}

extension StoredJSON {
    /// A list of strings (`["a1","b7"]`), or nil.
    static func strings(_ text: String) -> [String]? {
        parse(text)?.strings
    }

    /// An event record, or nil when the text is not exactly what `EventRecord`'s decoding reads.
    static func eventRecord(_ text: String) -> EventRecord? {
        guard let o = parse(text)?.object else { return nil }
        return eventRecord(o)
    }

    static func actor(_ v: Value) -> ActorRef? {
        guard let o = v.object, let text = o["text"]?.string,
              let country = optional(o, "country", \.string), let sector = optional(o, "sector", \.string),
              let code = optional(o, "code", \.string), let name = optional(o, "name", \.string) else { return nil }
        return ActorRef(text: text, country: country, sector: sector, code: code, name: name)
    }

    static func day(_ v: Value) -> CalendarDay? {
        v.string.flatMap { CalendarDay(iso: $0) }
    }

    static func eventRecord(_ o: Members) -> EventRecord? {
        guard let schema = o["schema"]?.int, let id = o["id"]?.string, let doc = o["doc"]?.string,
              let sentenceIndex = o["sentence_index"]?.int,
              let date = optional(o, "date", \.string),
              let dateStart = optional(o, "date_start", day), let dateEnd = optional(o, "date_end", day),
              let dateBasis = optional(o, "date_basis", { $0.string.flatMap(DateBasis.init(rawValue:)) }),
              let sourceValue = o["source"], let source = actor(sourceValue),
              let target = optional(o, "target", actor),
              let cameo = o["cameo"]?.string, let root = o["root"]?.string, let quad = o["quad"]?.int,
              let goldstein = o["goldstein"]?.double, let plover = optional(o, "plover", \.string),
              let mode = o["mode"]?.string.flatMap(EventMode.init(rawValue:)),
              let location = optional(o, "location", { v -> EventLocation? in
                  guard let l = v.object, let text = l["text"]?.string,
                        let country = optional(l, "country", \.string) else { return nil }
                  return EventLocation(text: text, country: country)
              }),
              let reportedBy = o["reported_by"]?.strings, let text = o["text"]?.string,
              let span = o["span"]?.ints, let confidence = o["confidence"]?.double,
              let explanation = optional(o, "explanation", { v -> EventExplanation? in
                  guard let e = v.object, let event = e["event"]?.string, let pattern = e["pattern"]?.string,
                        let rule = e["rule"]?.string, let source = e["source"]?.ints, let verb = e["verb"]?.ints,
                        let target = optional(e, "target", \.ints), let date = optional(e, "date", \.ints) else {
                      return nil
                  }
                  return EventExplanation(event: event, pattern: pattern, rule: rule, source: source, verb: verb,
                                          target: target, date: date)
              })
        else { return nil }
        var record = EventRecord(
            id: id, doc: doc, sentenceIndex: sentenceIndex, date: date, dateStart: dateStart, dateEnd: dateEnd,
            dateBasis: dateBasis, source: source, target: target, cameo: cameo, root: root, quad: quad,
            goldstein: goldstein, plover: plover, mode: mode, location: location, reportedBy: reportedBy,
            text: text, span: span, confidence: confidence)
        record.schema = schema
        record.explanation = explanation
        return record
    }
}
