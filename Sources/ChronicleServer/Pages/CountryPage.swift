import ChronicleCore
import ChronicleReports
import ChronicleStore

/// `/countries/{A}`: the country's balance, its counterparts and its chronology.
struct CountryPage {
    var layout: Layout
    var country: String
    var parameters: QueryParameters
    var query: EventQuery
    var page: EventPage
    var counterparts: [DyadActivity]
    var balance: Balance

    func render() -> HTML {
        let filters = ChronologyFilters(action: Paths.country(country), parameters: parameters, query: query)
        return layout.page(title: country) {
            element("h1") { country }
            element("p", ["class": "lead"]) {
                element("a", ["href": "/digest?country=\(country)"]) { "Download a digest of \(country)" }
            }
            element("section", ["aria-labelledby": "balance-heading"]) {
                element("h2", ["id": "balance-heading"]) { "Balance of \(country)'s acts" }
                element("p") { Self.balanceSentence(balance) }
            }
            element("section", ["aria-labelledby": "counterparts-heading"]) {
                element("h2", ["id": "counterparts-heading"]) { "Counterparts" }
                if counterparts.isEmpty {
                    element("p") { "No events with another country." }
                } else {
                    element("ul") {
                        for row in counterparts {
                            let other = row.dyad.a == country ? row.dyad.b : row.dyad.a
                            element("li") {
                                element("a", ["href": Paths.dyad(country, other)]) { "\(country)–\(other)" }
                                ": \(row.events) events"
                            }
                        }
                    }
                }
            }
            element("section", ["aria-labelledby": "chronology-heading", "id": "chronology"]) {
                element("h2", ["id": "chronology-heading"]) { "Chronology" }
                filters.form()
                EventTable.render(page.events, caption: "Events of \(country) in date order")
                filters.pager(next: page.next, shown: page.events.count)
            }
        }
    }

    /// "Of 12 acts, 8 were verbal cooperation, …" from the store's balance.
    static func balanceSentence(_ balance: Balance) -> String {
        guard balance.total > 0 else { return "No acts of \(balance.country) are recorded in this period." }
        let parts = QuadClass.allCases.map { quad -> String in
            let n = balance.quadCounts[quad.rawValue - 1]
            return "\(n == 0 ? "none" : String(n)) \(quad.name)"
        }
        let share = Int((balance.verbalShare * 100).rounded())
        return "Of \(balance.country)'s \(balance.total) acts, \(parts.joined(separator: ", ")); \(share)% were verbal."
    }
}
