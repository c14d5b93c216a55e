import ArgumentParser
import ChronicleCore
import Foundation

/// Reads plain UTF-8 text files, directories of `.txt` files, or `-` (standard input) as
/// documents. A stop-gap until the shared document readers land; it takes the publication date
/// from a `meta.json` beside the file when there is one (`{"date": "2018-05-09"}`).
enum PlainTextInput {
    static func read(_ inputs: [String]) throws -> [Document] {
        var documents: [Document] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                documents.append(Document(id: "stdin", text: String(decoding: data, as: UTF8.self),
                                          origin: DocumentOrigin(path: "-")))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                throw ValidationError("\(input): no such file or directory")
            }
            if isDir.boolValue {
                guard let walker = fm.enumerator(atPath: input) else { continue }
                let files = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
                for f in files { documents.append(try file((input as NSString).appendingPathComponent(f))) }
            } else {
                documents.append(try file(input))
            }
        }
        return documents
    }

    static func file(_ path: String) throws -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read")
        }
        let text = String(decoding: data, as: UTF8.self)
        var date: CalendarDay?
        let meta = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("meta.json")
        if let m = FileManager.default.contents(atPath: meta),
           let json = try? JSONSerialization.jsonObject(with: m) as? [String: Any], let d = json["date"] as? String {
            date = CalendarDay(iso: d.prefix(10))
        }
        return Document(id: path, text: text, publicationDate: date, origin: DocumentOrigin(path: path))
    }
}
