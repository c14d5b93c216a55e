import ChronicleCore

/// Everything the store holds about the inside of one document: its sentences, the temporal
/// expressions and actor mentions found at ingest, and its event reports with the merged
/// event each one belongs to.
///
/// The web UI's document page marks the stored text with these spans, so that what a reader
/// sees is what the database holds (not the output of a newer coder run on the same text).
/// Offsets are Unicode scalar indices into the stored document text.
///
/// ```swift
/// if let notes = try await store.annotations(documentID: "yonhap-0613") {
///     notes.times.map(\.value)              // ["2018-06-12"]
///     notes.reports.first?.eventID          // "ev-…"
/// }
/// ```
public struct DocumentAnnotations: Sendable, Hashable {
    /// The document id.
    public var documentID: String
    /// The stored sentences, in order.
    public var sentences: [SentenceRecord]
    /// The stored temporal expressions, in ingest order.
    public var times: [TimeRecord]
    /// The stored actor mentions, in ingest order.
    public var actors: [ActorMentionRecord]
    /// The stored event reports in the coder's order, each with the merged event it belongs to.
    public var reports: [Report]

    /// One event report of the document.
    public struct Report: Sendable, Hashable {
        /// The position of the report in the coded document's events.
        public var ordinal: Int
        /// The merged event it belongs to (nil only while a store is being written).
        public var eventID: String?
        /// The event as the coder reported it, with its explanation when the coder gave one.
        public var record: EventRecord

        /// Creates a report.
        public init(ordinal: Int, eventID: String?, record: EventRecord) {
            self.ordinal = ordinal
            self.eventID = eventID
            self.record = record
        }
    }

    /// Creates the annotations of a document.
    public init(documentID: String, sentences: [SentenceRecord], times: [TimeRecord],
                actors: [ActorMentionRecord], reports: [Report]) {
        self.documentID = documentID
        self.sentences = sentences
        self.times = times
        self.actors = actors
        self.reports = reports
    }
}
