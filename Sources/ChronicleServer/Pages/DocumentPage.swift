import ChronicleCore
import ChronicleReports
import ChronicleStore

/// `/documents/{id}`: the article with its temporal expressions, actor mentions and event
/// sentences marked and explained on hover and on focus, then the list of its events.
///
/// The store keeps the document text; the annotations come from coding it again with the
/// server's coder (the pipeline is a pure function of the text). Event sentences link to the
/// merged events the store holds for them.
struct DocumentPage {
    var layout: Layout
    var stored: StoredDocument
    var coded: CodedDocument?
    /// Merged events by sentence index, from the store.
    var mergedBySentence: [Int: [MergedEvent]]

    func render() -> HTML {
        let d = stored.document
        return layout.page(title: d.title ?? d.id) {
            element("article", ["aria-labelledby": "doc-title"]) {
                element("h1", ["id": "doc-title"]) { d.title ?? d.id }
                element("dl", ["class": "facts"]) {
                    meta("Id", d.id)
                    if let date = d.publicationDate { meta("Published", date.description) }
                    if let source = d.source { meta("Source", source) }
                    if let author = d.author { meta("Author", author) }
                    if let url = ChronicleReportsLinks.safe(d.url) {
                        element("dt") { "Link" }
                        element("dd") { element("a", ["href": url, "rel": "noopener noreferrer nofollow"]) { url } }
                    }
                    meta("Sentences", String(stored.sentenceCount))
                    meta("Event reports", String(stored.mentionCount))
                }
                element("p", ["class": "legend"]) {
                    element("span") { element("mark", ["class": "time"]) { "date or time" } }
                    element("span") { element("mark", ["class": "actor"]) { "actor" } }
                    element("span") { element("mark", ["class": "event-sentence"]) { "sentence with an event" } }
                    "Hover over or tab to a mark to read what Chronicle understood."
                }
                element("div", ["class": "article"]) { Highlighter.mark(d.text, spans()) }
            }
            element("section", ["aria-labelledby": "events-heading"]) {
                element("h2", ["id": "events-heading"]) { "Events in this document" }
                eventList
            }
        }
    }

    func meta(_ term: String, _ value: String) -> HTML {
        .joined([element("dt") { term }, element("dd") { value }])
    }

    func spans() -> [Highlighter.Span] {
        guard let coded else { return [] }
        var spans: [Highlighter.Span] = []
        let eventSentences = Dictionary(grouping: coded.events, by: \.sentenceIndex)
        for sentence in coded.sentences {
            let events = eventSentences[sentence.index] ?? []
            let tip = events.isEmpty ? nil : events.map(Self.describe).joined(separator: "\n")
            spans.append(.init(start: sentence.start, end: sentence.end, tag: "span",
                               classes: events.isEmpty ? "sentence" : "sentence event-sentence",
                               tip: tip, id: "s\(sentence.index)"))
        }
        for time in coded.times {
            var tip = "\(time.type) \(time.value)"
            if let mod = time.mod { tip += " (\(mod))" }
            if let anchor = time.anchor { tip += ", resolved against the \(anchor) date" }
            spans.append(.init(start: time.start, end: time.end, tag: "mark", classes: "time", tip: tip, id: nil))
        }
        for actor in coded.actors {
            let tip = [actor.name, actor.code ?? actor.country, actor.role, "found by \(actor.how)"]
                .compactMap { $0 }.joined(separator: " · ")
            spans.append(.init(start: actor.start, end: actor.end, tag: "mark", classes: "actor", tip: tip, id: nil))
        }
        return spans
    }

    static func describe(_ r: EventRecord) -> String {
        let target = r.target.map { " → \($0.name ?? $0.text)" } ?? ""
        return "Event: \(r.source.name ?? r.source.text)\(target): \(CAMEONames.name(r.cameo)) (\(r.cameo)), \(r.date ?? "undated"), \(r.mode.rawValue)"
    }

    var eventList: HTML {
        guard let coded, !coded.events.isEmpty else { return element("p") { "No events were coded in this document." } }
        return element("ol") {
            for record in coded.events {
                element("li") {
                    element("a", ["href": "#s\(record.sentenceIndex)"]) { "Sentence \(record.sentenceIndex + 1)" }
                    ": " + Self.describe(record)
                    let merged = (mergedBySentence[record.sentenceIndex] ?? []).filter {
                        $0.record.cameo == record.cameo && $0.record.source.country == record.source.country
                    }
                    for event in merged {
                        " "
                        element("a", ["href": Paths.event(event.id)]) { "merged event (\(event.mentionCount) reports)" }
                    }
                }
            }
        }
    }
}

/// Links from article metadata: only http, https and mailto are ever made into links.
enum ChronicleReportsLinks {
    static func safe(_ url: String?) -> String? {
        guard let url, let safe = Escaping.safeURL(url), !safe.lowercased().hasPrefix("mailto:") else { return nil }
        return safe
    }
}
