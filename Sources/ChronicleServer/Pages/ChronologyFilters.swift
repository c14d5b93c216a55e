import ChronicleCore
import ChronicleStore

/// The filter form (period, CAMEO root, mode, source, words) and the pager of a chronology.
struct ChronologyFilters {
    /// The page's path (`/dyads/JPN-PRK`).
    var action: String
    /// The request's query parameters.
    var parameters: QueryParameters
    /// The query as validated.
    var query: EventQuery

    func form() -> HTML {
        element("form", ["class": "filters", "action": action, "method": "get", "aria-label": "Filter the chronology"]) {
            field("from", "From", type: "date", value: query.from?.description)
            field("to", "To", type: "date", value: query.to?.description)
            element("div", ["class": "field"]) {
                element("label", ["for": "f-root"]) { "Event type (CAMEO root)" }
                element("select", ["id": "f-root", "name": "root", "data-autosubmit": ""]) {
                    element("option", ["value": ""]) { "All types" }
                    for n in 1...20 {
                        let root = n < 10 ? "0\(n)" : String(n)
                        element("option", ["value": root, "selected": query.root == root ? "" : nil]) {
                            "\(root) \(CAMEONames.name(root).capitalized)"
                        }
                    }
                }
            }
            element("div", ["class": "field"]) {
                element("label", ["for": "f-mode"]) { "Mode" }
                element("select", ["id": "f-mode", "name": "mode", "data-autosubmit": ""]) {
                    element("option", ["value": ""]) { "All modes" }
                    for mode in EventMode.allCases {
                        element("option", ["value": mode.rawValue, "selected": query.mode == mode ? "" : nil]) { mode.rawValue }
                    }
                }
            }
            field("source", "Source (publisher or agency)", type: "text", value: query.source)
            field("q", "Words in the evidence", type: "search", value: query.text)
            element("button", ["type": "submit"]) { "Apply filters" }
            element("a", ["href": action]) { "Clear" }
        }
    }

    func field(_ name: String, _ label: String, type: String, value: String?) -> HTML {
        element("div", ["class": "field"]) {
            element("label", ["for": "f-\(name)"]) { label }
            element("input", ["id": "f-\(name)", "name": name, "type": type, "value": value])
        }
    }

    /// Links to the first page and the next page.
    func pager(next: String?, shown: Int) -> HTML {
        element("nav", ["class": "pager", "aria-label": "Chronology pages"]) {
            if parameters.string("cursor") != nil {
                element("a", ["href": action + "?" + parameters.encoded(changing: ["cursor": nil])]) { "First page" }
            }
            if let next {
                element("a", ["href": action + "?" + parameters.encoded(changing: ["cursor": next]), "rel": "next"]) {
                    "Next \(query.limit) events"
                }
            } else {
                element("span") { "End of the chronology (\(shown) on this page)." }
            }
        }
    }
}
