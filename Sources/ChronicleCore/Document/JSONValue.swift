/// A parsed JSON value, from a small byte parser the readers share (JSON Lines, JSON files,
/// JSON-LD blocks in HTML pages).
///
/// It keeps numbers as their source text (so an `id` of `12345` stays `"12345"`) and reports the
/// byte column of a syntax error, which ends up in the reader's message.
///
/// ```swift
/// let value = try JSONValue.parse(Array(#"{"id": 7, "text": "Hi"}"#.utf8)[...])
/// value["id"]?.scalarText    // "7"
/// ```
enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// A syntax error: what was expected and the 0-based byte offset in the parsed slice.
    struct SyntaxError: Error, Equatable {
        var message: String
        var offset: Int
    }

    /// The member `key` of an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// Strings as they are, numbers and booleans as their text; nil for null, objects and arrays.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// Parses one JSON value filling all of `bytes` (surrounding whitespace allowed).
    static func parse(_ bytes: ArraySlice<UInt8>) throws(SyntaxError) -> JSONValue {
        var parser = Parser(bytes: bytes, i: bytes.startIndex)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.i < bytes.endIndex { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: ArraySlice<UInt8>
        var i: Int

        func error(_ message: String) -> SyntaxError {
            SyntaxError(message: message, offset: i - bytes.startIndex)
        }

        mutating func skipSpace() {
            while i < bytes.endIndex, ReaderBytes.isSpace(bytes[i]) { i += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < 200 else { throw error("JSON nested too deeply") }
            guard i < bytes.endIndex else { throw error("unexpected end of JSON") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), 0x30...0x39: return try number()
            default: throw error("unexpected character '\(Unicode.Scalar(bytes[i]))'")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for b in word.utf8 {
                guard i < bytes.endIndex, bytes[i] == b else { throw error("invalid literal, expected \(word)") }
                i += 1
            }
        }

        mutating func number() throws(SyntaxError) -> JSONValue {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < bytes.endIndex {
                let b = bytes[i]
                if ReaderBytes.isDigit(b) { digits += 1 }
                else if b != UInt8(ascii: ".") && b != UInt8(ascii: "e") && b != UInt8(ascii: "E")
                    && b != UInt8(ascii: "+") && b != UInt8(ascii: "-") { break }
                i += 1
            }
            guard digits > 0 else { throw error("invalid number") }
            return .number(String(decoding: bytes[start..<i], as: UTF8.self))
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
            i += 1
            var members: [String: JSONValue] = [:]
            skipSpace()
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "\"") else {
                    throw error(i < bytes.endIndex ? "expected a quoted key" : "unexpected end of JSON inside an object")
                }
                let key = try string()
                skipSpace()
                guard i < bytes.endIndex, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                i += 1
                skipSpace()
                let member = try value(depth: depth + 1)
                if members[key] == nil { members[key] = member }
                skipSpace()
                guard i < bytes.endIndex else { throw error("unexpected end of JSON inside an object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw error("expected ',' or '}' in an object")
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            i += 1
            var elements: [JSONValue] = []
            skipSpace()
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.endIndex else { throw error("unexpected end of JSON inside an array") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                throw error("expected ',' or ']' in an array")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < bytes.endIndex, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
                if bytes[i] < 0x20 { throw error("control character inside a string") }
                i += 1
            }
            guard i < bytes.endIndex else { throw error("unterminated string") }
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
            }
            var out = Array(bytes[start..<i])
            while i < bytes.endIndex {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { throw error("control character inside a string") }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.endIndex else { break }
                switch bytes[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "u"):
                    var unit = try hex4()
                    if (0xD800...0xDBFF).contains(unit), i + 2 < bytes.endIndex,
                       bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        } else { unit = 0xFFFD }
                    } else if (0xD800...0xDFFF).contains(unit) { unit = 0xFFFD }
                    HTMLEntities.appendUTF8(unit, to: &out)
                default: throw error("invalid escape in a string")
                }
                i += 1
            }
            throw error("unterminated string")
        }

        /// Reads the 4 hex digits after `\u`; leaves `i` on the last digit.
        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard i + 4 < bytes.endIndex else { throw error("truncated \\u escape") }
            var value: UInt32 = 0
            for k in 1...4 {
                let b = bytes[i + k]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                default: throw error("invalid \\u escape")
                }
                value = value * 16 + d
            }
            i += 4
            return value
        }
    }
}
