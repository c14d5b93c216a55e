import Foundation

/// One file (or standard input) to read, found by expanding the inputs a user named.
///
/// Directories are searched recursively for the extensions in ``InputFormat/knownExtensions``
/// (hidden files and folders are skipped, and so are a folder's `README`, `LICENSE`,
/// `CHANGELOG` and `CONTRIBUTING` files, which describe a corpus rather than belong to it; name
/// such a file directly to read it); their files come in sorted order of relative path.
/// The document id of a file is its path relative to the directory named, without the
/// extension (`demo/text/kcna-0612.txt` read as `demo` → `text/kcna-0612`); a file named
/// directly has its base name as id; standard input is `stdin`.
///
/// ```swift
/// let files = InputFile.expand(["demo", "-"])
/// ```
public struct InputFile: Sendable, Hashable {
    /// The path as the user will recognize it (`demo/text/a.txt`), or `-`.
    public var path: String
    /// The id documents from this file get (feeds and JSON add to it or replace it).
    public var id: String
    /// The format chosen by extension, or nil when the content must decide.
    public var formatByExtension: InputFormat?

    /// Whether this is standard input.
    public var isStandardInput: Bool { path == "-" }

    /// Creates an input file.
    public init(path: String, id: String, formatByExtension: InputFormat?) {
        self.path = path
        self.id = id
        self.formatByExtension = formatByExtension
    }

    /// Expands inputs into files, in order: each input in the order given, each directory's files
    /// sorted. An input that does not exist, or a directory with no readable file, is an error.
    public static func expand(_ inputs: [String]) -> [Result<InputFile, DocumentReadError>] {
        var results: [Result<InputFile, DocumentReadError>] = []
        let manager = FileManager.default
        for input in inputs {
            if input == "-" {
                results.append(.success(InputFile(path: "-", id: "stdin", formatByExtension: nil)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                results.append(.failure(DocumentReadError(code: .unreadable, path: input,
                    message: "no such file or directory")))
                continue
            }
            if !isDirectory.boolValue {
                let url = URL(fileURLWithPath: input)
                let id = url.deletingPathExtension().lastPathComponent
                results.append(.success(InputFile(path: input, id: id,
                    formatByExtension: InputFormat(pathExtension: url.pathExtension))))
                continue
            }
            var found: [String] = []
            var visited: Set<String> = []
            if let problem = collect(directory: input, relative: "", into: &found, visited: &visited) {
                results.append(.failure(problem))
            }
            if found.isEmpty {
                results.append(.failure(DocumentReadError(code: .noDocuments, path: input,
                    message: "directory holds no file to read (extensions: "
                        + InputFormat.knownExtensions.sorted().joined(separator: ", ") + ")")))
                continue
            }
            let base = input.hasSuffix("/") ? input : input + "/"
            for relative in found.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let ext = (relative as NSString).pathExtension
                let id = String(relative.dropLast(ext.isEmpty ? 0 : ext.count + 1))
                results.append(.success(InputFile(path: base + relative, id: id,
                    formatByExtension: InputFormat(pathExtension: ext))))
            }
        }
        return uniquingIDs(results)
    }

    /// Gives files whose ids collide (`a/x.txt` and `b/x.txt` named directly) `x`, `x-2`, `x-3`.
    private static func uniquingIDs(_ results: [Result<InputFile, DocumentReadError>])
        -> [Result<InputFile, DocumentReadError>] {
        var seen: [String: Int] = [:]
        return results.map { result in
            guard case .success(var file) = result else { return result }
            let count = (seen[file.id] ?? 0) + 1
            seen[file.id] = count
            if count > 1 { file.id += "-\(count)" }
            return .success(file)
        }
    }

    /// `README.md`, `LICENSE.txt` and the like.
    static func isCorpusDocumentation(_ name: String) -> Bool {
        let stem = (name as NSString).deletingPathExtension.uppercased()
        return ["README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"].contains(stem)
    }

    /// Adds the readable files under `directory` to `found` (paths relative to the input).
    private static func collect(directory: String, relative: String, into found: inout [String],
                                visited: inout Set<String>) -> DocumentReadError? {
        let manager = FileManager.default
        let real = (directory as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted else { return nil }   // a symlink loop
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            return DocumentReadError(code: .unreadable, path: directory, message: "cannot list the directory")
        }
        var firstProblem: DocumentReadError?
        for name in names where !name.hasPrefix(".") && !isCorpusDocumentation(name) {
            let full = directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if let problem = collect(directory: full, relative: rel, into: &found, visited: &visited),
                   firstProblem == nil {
                    firstProblem = problem
                }
            } else if InputFormat.knownExtensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(rel)
            }
        }
        return firstProblem
    }
}
