/// An error of the store layer: what failed, on which input, and why.
///
/// ```swift
/// do { _ = try await store.store(coded) }
/// catch let error as StoreError { print(error.code, error.message) }
/// ```
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: String, Sendable {
        /// The `--db` location could not be understood.
        case invalidLocation
        /// The database could not be opened or reached.
        case connection
        /// Creating or upgrading the schema failed.
        case migration
        /// A statement failed.
        case query
        /// Stored data could not be decoded.
        case corruptData
        /// A query argument was invalid (a bad cursor, an unknown period).
        case invalidArgument
    }

    /// The kind of failure.
    public var code: Code
    /// A one-line human message naming the input.
    public var message: String
    /// The underlying error, when there is one.
    public var cause: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let cause else { return message }
        return "\(message): \(String(describing: cause))"
    }
}
