import ChronicleReports
import ChronicleStore

/// `/digest`: "Select a digest to download": a dyad, a country or a query, a period, filters
/// and a format. The form's GET goes to `/digest/download`, which answers the file.
struct DigestPage {
    var layout: Layout
    var dyads: [DyadActivity]
    var parameters: QueryParameters

    func render() -> HTML {
        layout.page(title: "Digests") {
            element("h1") { "Select a digest to download" }
            element("p", ["class": "lead"]) {
                "A digest is a briefing on a dyad, a country or a topic: the chronology with its evidence, the balance of each side and the trend charts. It is the same file that "
                element("code") { "chronicle digest" }
                " writes."
            }
            element("form", ["class": "digest-form", "action": "/digest/download", "method": "get"]) {
                element("fieldset") {
                    element("legend") { "What" }
                    field("dyad", "Dyad (two country codes, A-B)", placeholder: "JPN-PRK", list: "known-dyads")
                    field("country", "or a country (three-letter code)", placeholder: "JPN", list: nil)
                    field("q", "or words in the evidence", placeholder: "summit", list: nil)
                    element("datalist", ["id": "known-dyads"]) {
                        for row in dyads { element("option", ["value": row.dyad.description]) {} }
                    }
                }
                element("fieldset") {
                    element("legend") { "When" }
                    date("from", "From")
                    date("to", "To")
                }
                element("fieldset") {
                    element("legend") { "Format" }
                    let chosen = parameters.string("format") ?? "html"
                    for format in DigestFormat.allCases {
                        element("div") {
                            element("input", ["type": "radio", "name": "format", "id": "format-\(format.rawValue)",
                                              "value": format.rawValue,
                                              "checked": chosen == format.rawValue ? "" : nil])
                            element("label", ["for": "format-\(format.rawValue)"]) { Self.label(format) }
                        }
                    }
                }
                element("button", ["type": "submit"]) { "Download the digest" }
            }
            if !dyads.isEmpty {
                element("h2") { "Most active dyads" }
                element("ul") {
                    for row in dyads.prefix(10) {
                        element("li") {
                            element("a", ["href": "/digest/download?dyad=\(row.dyad.description)&format=html"]) {
                                "\(row.dyad.description) (\(row.events) events), HTML"
                            }
                        }
                    }
                }
            }
        }
    }

    static func label(_ format: DigestFormat) -> String {
        switch format {
        case .html: "HTML with charts"
        case .md: "Markdown"
        case .json: "JSON"
        case .csv: "CSV (one row per event)"
        }
    }

    func field(_ name: String, _ label: String, placeholder: String, list: String?) -> HTML {
        element("div", ["class": "field"]) {
            element("label", ["for": "d-\(name)"]) { label }
            element("input", ["id": "d-\(name)", "name": name, "type": "text", "placeholder": placeholder,
                              "value": parameters.string(name), "list": list])
        }
    }

    func date(_ name: String, _ label: String) -> HTML {
        element("div", ["class": "field"]) {
            element("label", ["for": "d-\(name)"]) { label }
            element("input", ["id": "d-\(name)", "name": name, "type": "date", "value": parameters.string(name)])
        }
    }
}
