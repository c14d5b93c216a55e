import Foundation

/// Escaping for text that comes from articles: all of it is untrusted.
public enum Escaping {
    /// Escapes `& < > " '` for HTML and XML text and attribute values.
    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" {
                    out += " "
                } else if (0xD800...0xDFFF).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Escapes Markdown's inline syntax so that article text prints literally.
    public static func markdown(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!":
                out.append("\\")
                out.append(ch)
            case "\n", "\r":
                out.append(" ")
            default:
                out.append(ch)
            }
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote or line break. Fields that a spreadsheet
    /// would run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe.
    public static func csv(_ s: String) -> String {
        var value = s
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
           Double(value) == nil {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// Only `http`, `https` and `mailto` links are rendered as links; anything else (such as
    /// `javascript:`) is dropped.
    public static func safeURL(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") else { return nil }
        return s
    }
}
