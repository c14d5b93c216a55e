import ChronicleCore
import Foundation

/// Renders temporal expressions for the terminal and for JSON Lines.
enum TimesOutput {
    /// One JSON line in the field order of DESIGN.md, with `null` for missing values.
    static func jsonLine(_ r: TimeRecord) -> String {
        "{\"text\":\(quote(r.text)),\"start\":\(r.start),\"end\":\(r.end),\"type\":\(quote(r.type)),\"value\":\(quote(r.value)),\"mod\":\(r.mod.map(quote) ?? "null"),\"anchor\":\(r.anchor.map(quote) ?? "null")}\n"
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

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
