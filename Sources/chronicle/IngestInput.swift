import ChronicleCore
import ChronicleStore
import Foundation

/// Reads the inputs of `chronicle ingest` into documents: JSON Lines files (`.jsonl`,
/// `.ndjson`, or standard input starting with `{`), one document a line with `id`, `text` and
/// optional `date`/`publication_date`, `title`, `author`, `source`, `url`; any other file is
/// one plain-text document whose id is its path. Directories are walked in name order.
///
/// The readers of the core replace this once they land on main.
enum IngestInput {
    /// The documents of every input, in order, with a failure item for each unreadable one.
    static func items(_ inputs: [String]) -> [IngestItem] {
        var items: [IngestItem] = []
        for input in inputs {
            for path in expand(input) {
                items += read(path)
            }
        }
        return items
    }

    private static func expand(_ input: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
              isDirectory.boolValue else { return [input] }
        let base = URL(fileURLWithPath: input)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            if url.lastPathComponent.hasPrefix(".") { continue }
            files.append(url.path)
        }
        return files.sorted()
    }

    private static func read(_ path: String) -> [IngestItem] {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return [.failure(IngestFailure(documentID: nil, origin: DocumentOrigin(path: path),
                                           message: "cannot read: \(error.localizedDescription)"))]
        }
        let isJSONLines = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
            || (path == "-" && data.first(where: { ![9, 10, 13, 32].contains($0) }) == UInt8(ascii: "{"))
        if !isJSONLines {
            let text = String(decoding: data, as: UTF8.self)
            return [.document(Document(id: path, text: text, origin: DocumentOrigin(path: path)))]
        }
        var items: [IngestItem] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { ![9, 13, 32].contains($0) }) else { continue }
            let origin = DocumentOrigin(path: path, line: lineNumber)
            do {
                items.append(.document(try document(Data(line), origin: origin)))
            } catch {
                items.append(.failure(IngestFailure(documentID: nil, origin: origin, message: "\(error)")))
            }
        }
        return items
    }

    struct LineError: Error, CustomStringConvertible {
        var description: String
    }

    private static func document(_ line: Data, origin: DocumentOrigin) throws -> Document {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw LineError(description: "not a JSON object")
        }
        guard let text = object["text"] as? String else {
            throw LineError(description: "missing \"text\"")
        }
        func string(_ key: String) -> String? {
            if let s = object[key] as? String { return s }
            if let n = object[key] as? NSNumber { return n.stringValue }
            return nil
        }
        let id = string("id") ?? "\(origin.path ?? "-"):\(origin.line ?? 0)"
        var date: CalendarDay?
        if let value = string("date") ?? string("publication_date") ?? string("published") {
            guard let day = CalendarDay(iso: value.prefix(10)) else {
                throw LineError(description: "\(id): date \"\(value)\" is not YYYY-MM-DD")
            }
            date = day
        }
        return Document(id: id, text: text, publicationDate: date, title: string("title"),
                        author: string("author"), source: string("source"), url: string("url"), origin: origin)
    }
}
