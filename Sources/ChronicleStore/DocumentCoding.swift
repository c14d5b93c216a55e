import ChronicleCore

/// Turns one document into everything the store keeps about it.
///
/// The ingest pipeline calls a coder concurrently from several tasks, so a coder must be
/// `Sendable` and must not keep mutable state between documents. Chronicle's event coder
/// conforms; tests and benchmarks use small coders of their own.
///
/// ```swift
/// struct SentencesOnly: DocumentCoding {
///     func code(_ document: Document) throws -> CodedDocument {
///         CodedDocument(document: document, sentences: [])
///     }
/// }
/// ```
public protocol DocumentCoding: Sendable {
    /// Codes one document.
    ///
    /// - Parameter document: The document as read.
    /// - Returns: Its sentences, temporal expressions, actor mentions and events.
    /// - Throws: Any error; the pipeline records it against the document and goes on.
    func code(_ document: Document) throws -> CodedDocument

    /// What the coder's output depends on (``EventCoder/version`` for Chronicle's coder). The
    /// ingest pipeline codes a stored document again when the version it was coded with differs;
    /// the default, empty, never does.
    var version: String { get }
}

extension DocumentCoding {
    public var version: String { "" }
}
