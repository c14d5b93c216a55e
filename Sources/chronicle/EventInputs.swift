import ChronicleCore
import Foundation

/// Reads the documents named on the command line for the event commands: files, directories
/// (their `.txt`, `.text`, `.md` files, recursively) or `-` for standard input, with an optional
/// publication date override.
struct EventInputs {
    /// A document or the one-line error of an input that could not be read.
    enum Item {
        case document(Document)
        case failure(String)
    }

    static func documents(_ inputs: [String], date: CalendarDay?) -> [Item] {
        var items: [Item] = []
        for input in inputs {
            var isDir: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDir), isDir.boolValue {
                let root = URL(fileURLWithPath: input)
                let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
                    .compactMap { $0 as? URL } ?? [])
                    .filter { ["txt", "text", "md"].contains($0.pathExtension) }
                    .map(\.path).sorted()
                for f in files { items.append(read(f, date: date)) }
            } else {
                items.append(read(input, date: date))
            }
        }
        return items
    }

    static func read(_ path: String, date: CalendarDay?) -> Item {
        do {
            let text = try readPlainText(path)
            let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return .document(Document(id: id, text: text, publicationDate: date,
                                      origin: DocumentOrigin(path: path)))
        } catch {
            return .failure("\(path): cannot read (\(error.localizedDescription))")
        }
    }
}
