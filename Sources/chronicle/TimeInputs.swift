import ChronicleCore
import Foundation

/// TimeML inputs of the time commands; every other input goes to the shared document readers.
enum TimeInputs {
    /// The `.tml` files among the inputs (walking directories), and the inputs left for the
    /// document readers (other files, `-`, and directories holding other files).
    static func split(_ inputs: [String]) throws -> (timeml: [String], others: [String]) {
        var timeml: [String] = []
        var others: [String] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { others.append(input); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CLIError("\(input): no such file or directory")
            }
            guard isDirectory.boolValue else {
                if input.hasSuffix(".tml") { timeml.append(input) } else { others.append(input) }
                continue
            }
            var hasOthers = false
            let names = (fm.enumerator(atPath: input)?.allObjects as? [String] ?? []).sorted()
            for name in names where !(name as NSString).lastPathComponent.hasPrefix(".") {
                let path = (input as NSString).appendingPathComponent(name)
                var sub: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &sub), !sub.boolValue else { continue }
                if name.hasSuffix(".tml") { timeml.append(path) } else { hasOthers = true }
            }
            if hasOthers || timeml.isEmpty { others.append(input) }
        }
        return (timeml, others)
    }

    /// The `.tml` files of the inputs (files and directories).
    static func timemlFiles(_ inputs: [String]) throws -> [String] {
        try split(inputs).timeml
    }

    /// Reads a TimeML file.
    static func readTimeML(_ path: String) throws -> TimeMLDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): not UTF-8 text") }
        do {
            return try TimeMLDocument(parsing: text)
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }
}

/// A one-line error for the command line.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
