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
struct ActorTable {
    /// The file name, for messages.
    var file: String
    /// Rows as fields, with the 1-based line number.
    var rows: [(line: Int, fields: [Substring])]

    /// Loads `name.tsv` from the module's resources.
    static func load(_ name: String) throws -> ActorTable {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv",
                                          subdirectory: "Resources/actors") else {
            throw ActorResourceError(code: "missing-resource", message: "missing resource actors/\(name).tsv")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ActorResourceError(code: "missing-resource",
                                     message: "cannot read actors/\(name).tsv: \(error.localizedDescription)")
        }
        return parse(text, file: "\(name).tsv")
    }

    /// Parses table text (used by ``load(_:)`` and by tests).
    static func parse(_ text: String, file: String) -> ActorTable {
        var rows: [(Int, [Substring])] = []
        var sawHeader = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            rows.append((number + 1, line.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        return ActorTable(file: file, rows: rows)
    }

    /// Field `i` of a row, or an empty string.
    static func field(_ fields: [Substring], _ i: Int) -> String {
        i < fields.count ? String(fields[i]).trimmingCharacters(in: .whitespaces) : ""
    }

    /// A `|`-separated list field, without `-` and empty items.
    static func list(_ fields: [Substring], _ i: Int) -> [String] {
        field(fields, i).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "-" }
    }

    /// Throws a malformed-row error for `line`.
    func malformed(_ line: Int, _ why: String) -> ActorResourceError {
        ActorResourceError(code: "malformed-row", message: "actors/\(file):\(line): \(why)")
    }
}
