import ChronicleCore
import ChronicleReports
import ChronicleStore

/// The chronology table shared by the dyad, country and actor pages.
enum EventTable {
    /// A table of merged events in date order, each row linking to its event page.
    static func render(_ events: [MergedEvent], caption: String) -> HTML {
        if events.isEmpty {
            return element("p", ["class": "empty"]) { "No events match." }
        }
        return element("table", ["class": "chronology"]) {
            element("caption", ["class": "visually-hidden"]) { caption }
            element("thead") {
                element("tr") {
                    element("th", ["scope": "col"]) { "Date" }
                    element("th", ["scope": "col"]) { "Source" }
                    element("th", ["scope": "col"]) { "Event" }
                    element("th", ["scope": "col"]) { "Target" }
                    element("th", ["scope": "col"]) { "Mode" }
                    element("th", ["scope": "col", "class": "num"]) { "Reports" }
                    element("th", ["scope": "col"]) { "Sources" }
                }
            }
            element("tbody") {
                for event in events { row(event) }
            }
        }
    }

    static func row(_ event: MergedEvent) -> HTML {
        let r = event.record
        return element("tr", ["class": "quad-\(r.quad)"]) {
            element("td") { element("time", ["datetime": r.dateStart?.description]) { r.date ?? "undated" } }
            element("td") { actor(r.source) }
            element("td") {
                element("a", ["href": Paths.event(event.id)]) { CAMEONames.name(r.cameo) }
                " "
                element("span", ["class": "badge", "title": QuadClass(rawValue: r.quad)?.name]) { r.cameo }
            }
            element("td") {
                if let target = r.target { actor(target) } else { "—" }
            }
            element("td") { r.mode.rawValue }
            element("td", ["class": "num"]) { String(event.mentionCount) }
            element("td") { event.sources.joined(separator: ", ") }
        }
    }

    /// An actor with a link to its actor page (by code) and its country page.
    static func actor(_ a: ActorRef) -> HTML {
        let label = a.name ?? a.text
        if let code = a.code ?? a.country {
            return element("a", ["href": Paths.actor(code), "title": code]) { label }
        }
        return .text(label)
    }
}
