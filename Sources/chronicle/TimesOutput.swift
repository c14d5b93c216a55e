import ChronicleCore
import Foundation

/// Renders temporal expressions for the terminal and for JSON Lines.
enum TimesOutput {
    /// One JSON line in the field order of DESIGN.md, with `null` for missing values, and the
    /// document id as an extra `doc` field (inputs may hold many documents).
    static func jsonLine(_ r: TimeRecord, doc: String? = nil) -> String {
        let tail = doc.map { ",\"doc\":\(quote($0))" } ?? ""
        return "{\"text\":\(quote(r.text)),\"start\":\(r.start),\"end\":\(r.end),\"type\":\(quote(r.type)),\"value\":\(quote(r.value)),\"mod\":\(r.mod.map(quote) ?? "null"),\"anchor\":\(r.anchor.map(quote) ?? "null")\(tail)}\n"
    }

    /// An aligned table: offsets, type, value, mod, anchor, text.
    static func table(_ found: [TemporalExpression], title: String?) -> String {
        var out = title.map { "# \($0)\n" } ?? ""
        func cell(_ s: String, _ w: Int) -> String { s.count >= w ? s + " " : s + String(repeating: " ", count: w - s.count) }
        out += cell("START-END", 12) + cell("TYPE", 9) + cell("VALUE", 24) + cell("MOD", 10) + cell("ANCHOR", 12) + "TEXT\n"
        for e in found {
            out += cell("\(e.start)-\(e.end)", 12) + cell(e.type.rawValue, 9) + cell(e.value, 24) + cell(e.mod ?? "", 10)
                + cell(e.anchor?.rawValue ?? "", 12) + e.text + "\n"
        }
        return out
    }

    static func quote(_ s: String) -> String { JSONText.quoted(s) }
}
