import ChronicleCore
import ChronicleStore

/// The events of one actor (`JPNGOV`, `IGOUNO`, or a bare country code) and its counterparts.
///
/// The store indexes events by country, so the actor's events are found by scanning its
/// country's events (at most ``limit`` of them) and keeping those where the actor's code is the
/// source or the target.
struct ActorActivity: Sendable {
    var events: [MergedEvent] = []
    /// Counterpart codes with the number of shared events, most frequent first.
    var counterparts: [(code: String, count: Int)] = []
    /// Names the actor appears under.
    var names: [String] = []
    /// Whether the scan stopped at ``limit`` country events.
    var truncated = false

    static let limit = 5_000

    static func collect(_ id: String, store: any EventStore, from: CalendarDay?, to: CalendarDay?) async throws -> ActorActivity {
        var query = EventQuery(country: String(id.prefix(3)), from: from, to: to, limit: 500)
        var activity = ActorActivity()
        var scanned = 0, counts: [String: Int] = [:], names = Set<String>()
        func matches(_ a: ActorRef?) -> Bool {
            guard let a else { return false }
            return (a.code ?? a.country) == id || (id.count == 3 && a.country == id)
        }
        while scanned < limit {
            let page = try await store.events(query)
            scanned += page.events.count
            for event in page.events {
                let r = event.record
                let asSource = matches(r.source), asTarget = matches(r.target)
                guard asSource || asTarget else { continue }
                activity.events.append(event)
                let own = asSource ? r.source : r.target!
                names.insert(own.name ?? own.text)
                let other = asSource ? r.target : r.source
                if let code = other?.code ?? other?.country { counts[code, default: 0] += 1 }
            }
            guard let next = page.next else { break }
            query.cursor = next
            if scanned >= limit { activity.truncated = true }
        }
        activity.counterparts = counts.map { (code: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
        activity.names = names.sorted()
        return activity
    }
}

/// `/actors/{id}`.
struct ActorPage {
    var layout: Layout
    var actor: String
    var activity: ActorActivity

    func render() -> HTML {
        layout.page(title: actor) {
            element("h1") { actor }
            element("p", ["class": "lead"]) {
                "Appears as: \(activity.names.prefix(12).joined(separator: "; ")). Country: "
                element("a", ["href": Paths.country(String(actor.prefix(3)))]) { String(actor.prefix(3)) }
                "."
                if activity.truncated { " Only the first \(ActorActivity.limit) events of the country were scanned." }
            }
            element("section", ["aria-labelledby": "counterparts-heading"]) {
                element("h2", ["id": "counterparts-heading"]) { "Counterparts" }
                element("ul") {
                    for (code, count) in activity.counterparts.prefix(30) {
                        element("li") {
                            element("a", ["href": Paths.actor(code)]) { code }
                            ": \(count) events"
                        }
                    }
                }
            }
            element("section", ["aria-labelledby": "events-heading"]) {
                element("h2", ["id": "events-heading"]) { "Events (\(activity.events.count))" }
                EventTable.render(Array(activity.events.prefix(500)), caption: "Events of \(actor) in date order")
            }
        }
    }
}
