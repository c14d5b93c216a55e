import Foundation

/// A shipped actor table is missing or malformed.
///
/// Thrown by ``ActorResolver/shipped()`` and ``PlaceGazetteer/shipped()``; the message names the
/// file and line.
public struct ActorResourceError: Error, CustomStringConvertible, Sendable {
    /// `missing-resource` or `malformed-row`.
    public var code: String
    /// A human-readable message naming the file (and line).
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

/// Reads the tab-separated tables of `Resources/actors/`: `#` comments, one header line.
///
/// The text is scanned as UTF-8 bytes once: a row keeps the byte ranges of its fields, and a
/// `String` is made only for the fields a loader asks for (splitting the tables into
/// `Substring`s and trimming them `Character` by `Character` took most of the load time).
struct ActorTable {
    /// The file name, for messages.
    var file: String
    /// The table text.
    var bytes: [UInt8]
    /// Rows as byte ranges of their fields, with the 1-based line number.
    var rows: [(line: Int, fields: [Range<Int>])]

    /// Loads `name.tsv` from the module's resources.
    static func load(_ name: String) throws -> ActorTable {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv",
                                          subdirectory: "Resources/actors") else {
            throw ActorResourceError(code: "missing-resource", message: "missing resource actors/\(name).tsv")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ActorResourceError(code: "missing-resource",
                                     message: "cannot read actors/\(name).tsv: \(error.localizedDescription)")
        }
        return ActorTable(bytes: [UInt8](data), file: "\(name).tsv")
    }

    /// Parses table text (used by tests).
    static func parse(_ text: String, file: String) -> ActorTable {
        ActorTable(bytes: Array(text.utf8), file: file)
    }

    private init(bytes: [UInt8], file: String) {
        self.file = file
        self.bytes = bytes
        var rows: [(Int, [Range<Int>])] = []
        rows.reserveCapacity(bytes.count / 40)
        var sawHeader = false
        var line = 0
        var i = 0
        let n = bytes.count
        while i < n {
            line += 1
            let start = i
            while i < n && bytes[i] != 0x0A { i += 1 }
            let end = i
            i += 1
            if end == start || bytes[start] == 0x23 { continue }  // empty or `#`
            if !sawHeader { sawHeader = true; continue }
            var fields: [Range<Int>] = []
            fields.reserveCapacity(10)
            var a = start
            for k in start...end where k == end || bytes[k] == 0x09 {
                fields.append(a..<k)
                a = k + 1
            }
            rows.append((line, fields))
        }
        self.rows = rows
    }

    /// The range `r` without leading and trailing spaces, tabs and carriage returns.
    private func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x0D { b -= 1 }
        return a..<b
    }

    private func string(_ r: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Field `i` of a row, trimmed, or an empty string.
    func field(_ fields: [Range<Int>], _ i: Int) -> String {
        i < fields.count ? string(trimmed(fields[i])) : ""
    }

    /// A `|`-separated list field, without `-` and empty items.
    func list(_ fields: [Range<Int>], _ i: Int) -> [String] {
        guard i < fields.count else { return [] }
        let r = trimmed(fields[i])
        var result: [String] = []
        var a = r.lowerBound
        for k in r.lowerBound...r.upperBound where k == r.upperBound || bytes[k] == 0x7C {
            let item = trimmed(a..<k)
            a = k + 1
            if item.isEmpty || (item.count == 1 && bytes[item.lowerBound] == 0x2D) { continue }
            result.append(string(item))
        }
        return result
    }

    /// Throws a malformed-row error for `line`.
    func malformed(_ line: Int, _ why: String) -> ActorResourceError {
        ActorResourceError(code: "malformed-row", message: "actors/\(file):\(line): \(why)")
    }
}
