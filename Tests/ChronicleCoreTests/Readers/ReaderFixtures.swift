import Foundation
@testable import ChronicleCore

/// Paths and helpers the reader tests share.
enum ReaderFixtures {
    /// The `Corpora/readers` folder copied into the test bundle.
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Corpora/readers")
    }

    /// The path of a fixture file.
    static func path(_ relative: String) -> String {
        directory.appendingPathComponent(relative).path
    }

    /// The rows of a TSV corpus: comment and blank lines skipped, `\n` in cells unescaped.
    static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "\\n", with: "\n")
            }
        }
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("chronicle-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads bytes as a file called `name` would be read.
    static func read(_ bytes: [UInt8], name: String, options: ReadOptions = ReadOptions())
        -> [Result<Document, DocumentReadError>] {
        let ext = (name as NSString).pathExtension
        return DocumentReader(options: options).documents(in: bytes, path: name,
            id: (name as NSString).deletingPathExtension, format: InputFormat(pathExtension: ext))
    }

    /// Reads a string as a file called `name` would be read.
    static func read(_ text: String, name: String, options: ReadOptions = ReadOptions())
        -> [Result<Document, DocumentReadError>] {
        read(Array(text.utf8), name: name, options: options)
    }

    /// The single document read from `text`, or the error.
    static func document(_ text: String, name: String) throws -> Document {
        let results = read(text, name: name)
        guard results.count == 1 else { throw FixtureError.count(results.count) }
        return try results[0].get()
    }

    enum FixtureError: Error { case count(Int) }
}

extension Result {
    /// The error of a failure, nil for a success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
