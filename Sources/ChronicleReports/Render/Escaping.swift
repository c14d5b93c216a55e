import Foundation

/// Escaping for text that comes from articles: all of it is untrusted.
public enum Escaping {
    /// Escapes `& < > " '` for HTML and XML text and attribute values.
    public static func html(_ s: String) -> String {
        // Most text needs no change: one pass over the bytes finds out without building anything.
        if !needsHTMLEscaping(s) { return s }
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

    /// Whether ``html(_:)`` would change `s`: a markup character, a control character other
    /// than tab and newline, or U+FFFE / U+FFFF (`EF BF BE`, `EF BF BF` in UTF-8).
    static func needsHTMLEscaping(_ s: String) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ scanForHTMLEscapes($0) }) { return found }
        return Array(s.utf8).withUnsafeBufferPointer { scanForHTMLEscapes($0) }
    }

    private static func scanForHTMLEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return true
            case 0x0A, 0x09:
                break
            case 0..<0x20:
                return true
            case 0xEF:
                if i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF { return true }
            default:
                break
            }
            i += 1
        }
        return false
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
        // The schemes are ASCII, so comparing the first bytes case-insensitively is the same as
        // comparing a lowercased copy, without making one.
        let head = s.utf8.prefix(8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func starts(_ scheme: String) -> Bool { head.starts(with: scheme.utf8) }
        guard starts("http://") || starts("https://") || starts("mailto:") else { return nil }
        return s
    }
}
