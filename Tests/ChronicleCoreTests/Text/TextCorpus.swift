import Foundation

/// Reads the text layer's example corpora (`Corpora/text/*.txt`): comment and blank lines
/// skipped, escapes decoded, each case with its line number for failure reports.
enum TextCorpus {
    /// One non-comment line of a corpus file.
    struct Line {
        var number: Int
        var text: String
    }

    /// The case lines of `Corpora/text/<name>.txt`.
    static func lines(_ name: String) throws -> [Line] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Corpora/text") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Corpora/text/\(name).txt"])
        }
        let content = try String(contentsOf: url, encoding: .utf8)
        var result = [Line]()
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append(Line(number: index + 1, text: String(line)))
        }
        return result
    }

    /// Decodes `\n`, `\r`, `\t`, `\\` and `\u{HHHH}`.
    static func unescape(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var it = Array(s.unicodeScalars)[...]
        while let c = it.popFirst() {
            guard c == "\\", let e = it.first else {
                out.append(c)
                continue
            }
            switch e {
            case "n": out.append("\n"); it.removeFirst()
            case "r": out.append("\r"); it.removeFirst()
            case "t": out.append("\t"); it.removeFirst()
            case "\\": out.append("\\"); it.removeFirst()
            case "u":
                guard let close = it.firstIndex(of: "}"), it.dropFirst().first == "{",
                      let value = UInt32(String(String.UnicodeScalarView(it[(it.startIndex + 2)..<close])), radix: 16),
                      let scalar = Unicode.Scalar(value) else {
                    out.append(c)
                    continue
                }
                out.append(scalar)
                it = it[(close + 1)...]
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// A readable rendering of a list of strings for failure messages.
    static func show(_ items: [String]) -> String {
        items.map { "⟨" + $0.replacingOccurrences(of: "\n", with: "\\n") + "⟩" }.joined(separator: " ")
    }
}
