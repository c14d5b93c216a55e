import ChronicleCore
import ChronicleReports
import ChronicleStore

/// `/dyads/{A}-{B}`: the digest's trend charts and balance sentences for the two sides, and
/// the filtered, paginated chronology.
struct DyadPage {
    var layout: Layout
    var dyad: Dyad
    var parameters: QueryParameters
    var query: EventQuery
    var page: EventPage
    /// The digest figures of the dyad in the period: charts and balance sentences.
    var summary: DigestSummary
    /// The dyad's events in the period.
    var total: Int

    func render() -> HTML {
        let filters = ChronologyFilters(action: Paths.dyad(dyad), parameters: parameters, query: query)
        return layout.page(title: "\(dyad.a)–\(dyad.b)") {
            element("h1") { "\(dyad.a)–\(dyad.b)" }
            element("p", ["class": "lead"]) {
                "\(total) events between "
                element("a", ["href": Paths.country(dyad.a)]) { dyad.a }
                " and "
                element("a", ["href": Paths.country(dyad.b)]) { dyad.b }
                ", \(DigestSelection(from: query.from, to: query.to).periodDescription). "
                element("a", ["href": "/digest?dyad=\(dyad.a)-\(dyad.b)"]) { "Download a digest" }
            }
            element("section", ["aria-labelledby": "trend-heading", "class": "trend"]) {
                element("h2", ["id": "trend-heading"]) { "Trend" }
                if summary.months.isEmpty {
                    element("p") { "No dated events in this period." }
                } else {
                    element("div", ["class": "charts"]) {
                        for direction in summary.directions {
                            element("figure") {
                                HTML.trusted(SVGChart.stackedBars(direction, months: summary.months,
                                                                  title: "\(direction.label): events per month"))
                            }
                        }
                        element("figure") {
                            HTML.trusted(SVGChart.goldsteinLines(summary.directions, months: summary.months,
                                                                 title: "Mean Goldstein score per month"))
                        }
                    }
                }
            }
            element("section", ["aria-labelledby": "balance-heading", "class": "balance"]) {
                element("h2", ["id": "balance-heading"]) { "Balance of each side" }
                for direction in summary.directions {
                    element("h3") { direction.label }
                    element("p") {
                        BalanceNarrative.shipped.sentences(for: direction, actor: direction.actor ?? "others",
                                                           target: direction.target ?? "others")
                            .joined(separator: " ")
                    }
                }
            }
            element("section", ["aria-labelledby": "chronology-heading", "id": "chronology"]) {
                element("h2", ["id": "chronology-heading"]) { "Chronology" }
                filters.form()
                EventTable.render(page.events, caption: "Events between \(dyad.a) and \(dyad.b) in date order")
                filters.pager(next: page.next, shown: page.events.count)
            }
        }
    }
}
