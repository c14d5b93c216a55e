/// Why an input could not be read as documents.
///
/// Readers never stop a batch: each bad file (or bad line of a JSON Lines file) becomes one
/// `DocumentReadError` in the result sequence and the next input is read. The ``message``
/// is meant for people and ``description`` names the file and line, so that the CLI prints
/// one line per problem:
///
/// ```
/// chronicle: error: corpus/notes.jsonl:7: line has no "text" field
/// ```
///
/// ```swift
/// for result in DocumentReader().documents(from: ["corpus"]) {
///     if case .failure(let error) = result, error.code == .tooLarge { ... }
/// }
/// ```
public struct DocumentReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programs that react to it.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The path does not exist or cannot be opened or listed.
        case unreadable
        /// The bytes are not text (NUL or other control bytes, a known binary signature).
        case binary
        /// Invalid UTF-8 that neither UTF-16 nor Windows-1252/Latin-1 explains.
        case invalidEncoding
        /// The file (or standard input) holds no text at all.
        case empty
        /// The file is larger than ``ReadOptions/maxBytes``.
        case tooLarge
        /// A JSON line or JSON file that does not parse.
        case malformedJSON
        /// A JSON document that lacks `id` or `text`, or has a field of the wrong kind.
        case invalidField
        /// A feed (RSS or Atom) that is not XML at all.
        case notXML
        /// XML that is not an RSS or Atom feed, or a feed cut short.
        case malformedFeed
        /// A directory that holds no file Chronicle reads.
        case noDocuments
    }

    /// The kind of problem.
    public var code: Code
    /// The input path, or `-` for standard input.
    public var path: String
    /// The 1-based line (JSON Lines) or item number (feeds), when the problem is inside a file.
    public var line: Int?
    /// What is wrong, in words, without the path (see ``description`` for the full line).
    public var message: String

    /// Creates an error.
    public init(code: Code, path: String, line: Int? = nil, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message` (or `path: message`), the form the CLI prints.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
