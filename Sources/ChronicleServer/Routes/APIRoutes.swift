import ChronicleCore
import ChronicleReports
import ChronicleStore
import Foundation
import Hummingbird

/// The JSON API of `DESIGN.md` ("HTTP contract"), described in `Resources/openapi.json`.
///
/// Every list is paginated or limited (at most 500 items a request); every error is
/// `{"error":{"code","message"}}` with its status.
struct APIRoutes: Sendable {
    let site: Site

    /// The routes, as `(method, path)`, for the OpenAPI cross-check.
    static let routes: [(String, String)] = [
        ("get", "/api/events"), ("get", "/api/events/{id}"), ("get", "/api/dyads"),
        ("get", "/api/trend"), ("get", "/api/balance"), ("get", "/api/search"),
        ("get", "/api/documents/{id}"), ("get", "/api/digest"), ("get", "/api/stats"),
        ("post", "/api/documents"), ("get", "/api/openapi.json"),
    ]

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/events") { request, _ in try await events(request) }
        router.get("/api/events/{id}") { _, context in try await event(context.parameters.require("id")) }
        router.get("/api/dyads") { request, _ in try await dyads(request) }
        router.get("/api/trend") { request, _ in try await trend(request) }
        router.get("/api/balance") { request, _ in try await balance(request) }
        router.get("/api/search") { request, _ in try await search(request) }
        router.get("/api/documents/{id}") { _, context in
            try await document(PathID.decode(try context.parameters.require("id")))
        }
        router.get("/api/digest") { request, _ in try await digest(request) }
        router.get("/api/stats") { _, _ in try Responses.json(try await site.store.stats()) }
        router.post("/api/documents") { request, _ in try await postDocument(request) }
        router.get("/api/openapi.json") { _, _ in
            Responses.text(OpenAPIDocument.json, contentType: "application/json")
        }
    }

    /// The event query of `/api/events` and the chronology pages.
    static func eventQuery(_ q: QueryParameters) throws -> EventQuery {
        let dyad = try q.dyad("dyad"), country = try q.country("country")
        if dyad != nil && country != nil {
            throw APIError.badParameter("dyad", "give either dyad or country, not both")
        }
        let period = try q.period()
        return EventQuery(country: country, dyad: dyad, from: period.from, to: period.to,
                          root: try q.root(), mode: try q.mode(), source: q.string("source"),
                          text: q.string("q"), limit: try q.limit(default: 100), cursor: try q.cursor())
    }

    struct EventList: Encodable {
        var events: [MergedEvent]
        var next: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(events, forKey: .events)
            try c.encode(next, forKey: .next)   // null on the last page, as the contract says
        }

        enum CodingKeys: String, CodingKey { case events, next }
    }

    func events(_ request: Request) async throws -> Response {
        let query = try Self.eventQuery(QueryParameters(request.uri.query))
        let page = try await site.store.events(query)
        return try Responses.json(EventList(events: page.events, next: page.next))
    }

    func event(_ id: String) async throws -> Response {
        guard let detail = try await site.store.eventDetail(id: id) else {
            throw APIError.notFound("no event with id \"\(id)\"")
        }
        return try Responses.json(detail)
    }

    func dyads(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        let period = try q.period()
        let rows = try await site.store.dyads(from: period.from, to: period.to, limit: try q.limit(default: 50))
        return try Responses.json(["dyads": rows])
    }

    struct TrendBody: Encodable {
        var dyad: String
        var by: String
        var rows: [TrendRow]
    }

    func trend(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        guard let dyad = try q.dyad("dyad") else { throw APIError.badParameter("dyad", "is required (A-B)") }
        let by = try q.choice("by", as: TrendPeriod.self) ?? .month
        let period = try q.period()
        let rows = try await site.store.trend(TrendQuery(dyad, by: by, from: period.from, to: period.to))
        return try Responses.json(TrendBody(dyad: dyad.description, by: by.rawValue, rows: rows))
    }

    func balance(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        guard let country = try q.country("country") else {
            throw APIError.badParameter("country", "is required (a three-letter code)")
        }
        let period = try q.period()
        let balance = try await site.store.balance(
            BalanceQuery(country, toward: try q.country("toward"), from: period.from, to: period.to))
        return try Responses.json(balance)
    }

    func search(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        guard let text = q.string("q") else { throw APIError.badParameter("q", "is required") }
        guard !SentenceQuery(text).words.isEmpty else {
            throw APIError.badParameter("q", "has no words to search for")
        }
        let period = try q.period()
        let hits = try await site.store.search(
            SentenceQuery(text, from: period.from, to: period.to, limit: try q.limit(default: 50)))
        return try Responses.json(["hits": hits])
    }

    func document(_ id: String) async throws -> Response {
        guard let stored = try await site.store.document(id: id) else {
            throw APIError.notFound("no document with id \"\(id)\"")
        }
        return try Responses.json(stored)
    }

    /// The digest selection of `/api/digest` and the digest page.
    static func digestSelection(_ q: QueryParameters) throws -> DigestSelection {
        let dyad = try q.dyad("dyad"), country = try q.country("country"), text = q.string("q")
        let given = [dyad != nil, country != nil].filter { $0 }.count
        if given > 1 { throw APIError.badParameter("dyad", "give either dyad or country, not both") }
        if given == 0 && text == nil {
            throw APIError.badParameter("dyad", "select a dyad (A-B), a country or a query (q)")
        }
        let period = try q.period()
        return DigestSelection(country: dyad?.a ?? country, counterpart: dyad?.b, query: text,
                               from: period.from, to: period.to, root: try q.root(), mode: try q.mode())
    }

    func digest(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        let selection = try Self.digestSelection(q)
        let format = try q.choice("format", as: DigestFormat.self) ?? .html
        let data = try await DigestBuilder(store: site.store, countryNames: SiteNames.countryNames).build(selection)
        let body = DigestRenderer().render(data, as: format)
        return Responses.download(body, contentType: format.mimeType,
                                  filename: Self.digestFilename(selection, format: format))
    }

    /// `digest-JPN-PRK-2018-01-01-2018-12-31.html`.
    static func digestFilename(_ selection: DigestSelection, format: DigestFormat) -> String {
        var parts = ["digest"]
        if let a = selection.country { parts.append(a) }
        if let b = selection.counterpart { parts.append(b) }
        if selection.country == nil, let q = selection.query { parts.append(String(q.prefix(40))) }
        if let from = selection.from { parts.append(from.description) }
        if let to = selection.to { parts.append(to.description) }
        return parts.joined(separator: "-").replacingOccurrences(of: " ", with: "_") + "." + format.fileExtension
    }

    func postDocument(_ request: Request) async throws -> Response {
        try site.authorizeWrite(Site.bearerToken(request))
        let body = try await site.body(of: request)
        let document = try DocumentUpload.document(from: body, contentType: request.headers[.contentType])
        let result = try await DocumentUpload.ingest(document, site: site)
        return try Responses.json(result, status: result.outcome == .unchanged ? .ok : .created)
    }
}
