import Foundation

/// Reads the core engine's bundled resource files.
///
/// Resources live in `Sources/ChronicleCore/Resources/<area>/`. A missing resource is a
/// packaging error, not an input error, so it stops the program with a message naming the file.
package enum ResourceFile {
    /// The URL of `Resources/<subdirectory>/<name>.<extension>`.
    package static func url(_ name: String, extension ext: String, subdirectory: String) -> URL {
        let dir = "Resources/" + subdirectory
        if let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: dir) {
            return url
        }
        fatalError("Chronicle resource \(dir)/\(name).\(ext) is missing from the ChronicleCore bundle")
    }

    /// The file's contents.
    package static func data(_ name: String, extension ext: String, subdirectory: String) -> Data {
        let url = url(name, extension: ext, subdirectory: subdirectory)
        do {
            return try Data(contentsOf: url)
        } catch {
            fatalError("Chronicle resource \(url.path) cannot be read: \(error)")
        }
    }

    /// The non-empty lines that are not comments (`#` first), with trailing whitespace removed.
    package static func lines(_ name: String, extension ext: String, subdirectory: String) -> [String] {
        let text = String(decoding: data(name, extension: ext, subdirectory: subdirectory), as: UTF8.self)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return String(line.hasSuffix("\r") ? line.dropLast() : line[...])
        }
    }
}
