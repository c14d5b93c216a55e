import ChronicleCore
import ChronicleStore

/// The coder `chronicle ingest` uses.
///
/// The lead replaces the body with Chronicle's event coder once it lands on main
/// (`return EventCoder(...)`); until then the ingest stores documents and their sentences
/// (so that `chronicle search` works) and no events.
func makeDocumentCoder() -> any DocumentCoding {
    SentenceOnlyCoder()
}

/// Codes a document into its sentences only, with the text layer's sentence splitter.
struct SentenceOnlyCoder: DocumentCoding {
    func code(_ document: Document) throws -> CodedDocument {
        CodedDocument(document: document, sentences: SegmentedText(document.text).sentenceRecords)
    }
}
