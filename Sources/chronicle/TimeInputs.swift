import ChronicleCore
import Foundation

/// Input files for the time commands: plain UTF-8 text or TimeML. (The shared document readers
/// replace the plain-text part when they land.)
enum TimeInputs {
    /// One input: its text, its date when the file carries one, and the TimeML it came from.
    struct Input {
        var text: String
        var date: CalendarDay?
        var timeml: TimeMLDocument?
    }

    /// Files of the inputs: directories are walked (hidden files skipped), `-` is kept.
    static func expand(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { files.append(input); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CLIError("\(input): no such file or directory")
            }
            if isDirectory.boolValue {
                let names = (fm.enumerator(atPath: input)?.allObjects as? [String] ?? []).sorted()
                for name in names where !(name as NSString).lastPathComponent.hasPrefix(".") {
                    let path = (input as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: path, isDirectory: &sub), !sub.boolValue { files.append(path) }
                }
            } else {
                files.append(input)
            }
        }
        return files
    }

    /// Reads one file (or standard input).
    static func read(_ path: String) throws -> Input {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot be read") }
            data = d
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): not UTF-8 text") }
        if path.hasSuffix(".tml") || text.hasPrefix("<?xml") && text.contains("<TimeML") {
            do {
                let doc = try TimeMLDocument(parsing: text)
                return Input(text: doc.text, date: doc.creationDate, timeml: doc)
            } catch {
                throw CLIError("\(path): \(error)")
            }
        }
        return Input(text: text, date: nil, timeml: nil)
    }
}

/// A one-line error for the command line.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
