import ArgumentParser
import ChronicleCore
import ChronicleStore
import Foundation

/// Output formats of the store commands.
enum StoreFormat: String, CaseIterable, ExpressibleByArgument {
    case table, jsonl, csv, md
}

/// Rendering of store results: aligned tables, CSV, Markdown and JSON Lines.
enum StoreOutput {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// One JSON line.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A text table with a header, columns padded to their widest cell.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line))
            .joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180 quoting).
    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A Markdown table.
    static func markdown(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let lines = ["| " + header.map(cell).joined(separator: " | ") + " |",
                     "|" + header.map { _ in "---|" }.joined()]
            + rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shortens text to `limit` characters with an ellipsis, on one line.
    static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    /// An actor as `JPNGOV` or `JPN`, or `-`.
    static func actor(_ actor: ActorRef?) -> String {
        guard let actor else { return "-" }
        return actor.code ?? actor.country ?? actor.text
    }

    /// A number with one decimal.
    static func decimal(_ x: Double) -> String { String(format: "%.1f", x) }

    /// Writes a result in the chosen format.
    static func write(_ format: StoreFormat, header: [String], rows: [[String]], json: [String]) {
        let output = OutputStream.standardOutput
        switch format {
        case .table: output.write(table(header, rows))
        case .csv: output.write(csv(header, rows))
        case .md: output.write(markdown(header, rows))
        case .jsonl: for line in json { output.write(line + "\n") }
        }
        output.flush()
    }
}
