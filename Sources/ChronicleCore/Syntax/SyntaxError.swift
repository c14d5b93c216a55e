/// An error of the syntax layer: a file that cannot be read, a malformed CoNLL-U line, a model
/// file that is missing or damaged.
///
/// The message names the input (file and line where known); ``cause`` keeps the underlying
/// error.
public struct SyntaxError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// A file could not be read or written.
        case unreadableFile
        /// A CoNLL-U line does not have the expected shape.
        case malformedCoNLLU
        /// A line of a word list (lemma exceptions, tag lexicon) does not have the expected shape.
        case malformedResource
        /// A model file has a wrong magic number, version or size.
        case badModel
        /// A shipped resource is missing from the bundle.
        case missingResource
    }

    /// The kind of failure.
    public var code: Code
    /// A human-readable message naming the input.
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(code: Code, message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { UnderlyingError(text: "\($0)") }
    }

    public var description: String {
        if let cause { return "\(message): \(cause)" }
        return message
    }
}

/// The text of an underlying error, kept so that ``SyntaxError`` stays `Sendable`.
struct UnderlyingError: Error, CustomStringConvertible, Sendable {
    var text: String
    var description: String { text }
}
