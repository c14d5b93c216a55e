import ChronicleCore
import ChronicleStore

/// `/`: the search box, the most active dyads of a period and the recent documents.
struct HomePage {
    var layout: Layout
    var dyads: [DyadActivity]
    var documents: [StoredDocument]
    var stats: StoreStats
    var from: CalendarDay?
    var to: CalendarDay?

    func render() -> HTML {
        layout.page(title: "Home") {
            element("h1") { "Chronicle" }
            element("p", ["class": "lead"]) {
                "\(stats.events) events from \(stats.documents) documents"
                if let first = stats.firstDay, let last = stats.lastDay { ", \(first) to \(last)." } else { "." }
            }
            element("section", ["aria-labelledby": "search-heading"]) {
                element("h2", ["id": "search-heading"]) { "Search" }
                element("form", ["action": "/search", "method": "get", "class": "filters"]) {
                    element("div", ["class": "field"]) {
                        element("label", ["for": "home-q"]) { "Words in a sentence, an actor code (JPNGOV), a country (JPN) or a dyad (JPN-PRK)" }
                        element("input", ["id": "home-q", "name": "q", "type": "search", "size": "40", "required": ""])
                    }
                    element("button", ["type": "submit"]) { "Search" }
                }
            }
            element("section", ["aria-labelledby": "dyads-heading"]) {
                element("h2", ["id": "dyads-heading"]) { "Most active dyads" }
                element("form", ["action": "/", "method": "get", "class": "filters"]) {
                    element("div", ["class": "field"]) {
                        element("label", ["for": "dyads-from"]) { "From" }
                        element("input", ["id": "dyads-from", "name": "from", "type": "date", "value": from?.description])
                    }
                    element("div", ["class": "field"]) {
                        element("label", ["for": "dyads-to"]) { "To" }
                        element("input", ["id": "dyads-to", "name": "to", "type": "date", "value": to?.description])
                    }
                    element("button", ["type": "submit"]) { "Show period" }
                }
                dyadTable
            }
            element("section", ["aria-labelledby": "docs-heading"]) {
                element("h2", ["id": "docs-heading"]) { "Recent documents" }
                if documents.isEmpty {
                    element("p") { "No documents yet." }
                } else {
                    element("ul", ["class": "documents"]) {
                        for stored in documents {
                            element("li") {
                                element("a", ["href": Paths.document(stored.document.id)]) {
                                    stored.document.title ?? stored.document.id
                                }
                                " — "
                                [stored.document.source, stored.document.publicationDate?.description]
                                    .compactMap { $0 }.joined(separator: ", ")
                                " (\(stored.mentionCount) event reports)"
                            }
                        }
                    }
                }
            }
        }
    }

    var dyadTable: HTML {
        if dyads.isEmpty { return element("p") { "No events between two countries in this period." } }
        return element("table", ["class": "dyads"]) {
            element("caption", ["class": "visually-hidden"]) { "Dyads by number of events" }
            element("thead") {
                element("tr") {
                    element("th", ["scope": "col"]) { "Dyad" }
                    element("th", ["scope": "col", "class": "num"]) { "Events" }
                    element("th", ["scope": "col", "class": "num"]) { "Reports" }
                    element("th", ["scope": "col", "class": "num"]) { "Verbal coop." }
                    element("th", ["scope": "col", "class": "num"]) { "Material coop." }
                    element("th", ["scope": "col", "class": "num"]) { "Verbal conflict" }
                    element("th", ["scope": "col", "class": "num"]) { "Material conflict" }
                }
            }
            element("tbody") {
                for row in dyads {
                    element("tr") {
                        element("td") { element("a", ["href": Paths.dyad(row.dyad)]) { row.dyad.description } }
                        element("td", ["class": "num"]) { String(row.events) }
                        element("td", ["class": "num"]) { String(row.mentions) }
                        for n in row.quadCounts { element("td", ["class": "num"]) { String(n) } }
                    }
                }
            }
        }
    }
}

/// `/search?q=`: sentences that match, with their events, and shortcuts to a country, dyad or
/// actor page when the query is a code.
struct SearchPage {
    var layout: Layout
    var query: String
    var hits: [SentenceHit]

    func render() -> HTML {
        let code = query.trimmingCharacters(in: .whitespaces)
        let isCountry = code.count == 3 && code.allSatisfy { $0.isASCII && $0.isLetter }
        let dyad = try? QueryParameters.dyad(code, parameter: "q")
        let isActor = code.count > 3 && code.count <= 12 && code.allSatisfy { $0.isASCII && $0.isUppercase }
        return layout.page(title: "Search: \(query)", query: query) {
            element("h1") { "Search results for “\(query)”" }
            if isCountry || dyad != nil || isActor {
                element("ul", ["class": "shortcuts"]) {
                    if isCountry { element("li") { element("a", ["href": Paths.country(code.uppercased())]) { "Country page of \(code.uppercased())" } } }
                    if let dyad { element("li") { element("a", ["href": Paths.dyad(dyad)]) { "Dyad page of \(dyad)" } } }
                    if isActor || isCountry { element("li") { element("a", ["href": Paths.actor(code.uppercased())]) { "Actor page of \(code.uppercased())" } } }
                }
            }
            element("p") { "\(hits.count) matching sentences" + (hits.count == 100 ? " (the first 100)." : ".") }
            element("ol", ["class": "hits"]) {
                for hit in hits {
                    element("li") {
                        element("a", ["href": Paths.document(hit.documentID, sentence: hit.sentence.index)]) {
                            hit.title ?? hit.documentID
                        }
                        " "
                        [hit.source, hit.publicationDate?.description].compactMap { $0 }.joined(separator: ", ")
                        element("blockquote", ["class": "evidence"]) { hit.sentence.text }
                        if !hit.events.isEmpty {
                            element("ul") {
                                for event in hit.events {
                                    element("li") {
                                        element("a", ["href": Paths.event(event.id)]) {
                                            "\(event.record.date ?? "undated"): \(event.record.source.name ?? event.record.source.text) — \(CAMEONames.name(event.record.cameo))"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
