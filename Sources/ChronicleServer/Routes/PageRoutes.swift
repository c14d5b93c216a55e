import ChronicleCore
import ChronicleReports
import ChronicleStore
import Foundation
import Hummingbird
import NIOCore

/// The server-rendered pages of `DESIGN.md` ("HTTP contract"): they work without JavaScript.
struct PageRoutes: Sendable {
    let site: Site

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await home(request) }
        router.get("/search") { request, _ in try await search(request) }
        router.get("/dyads/{dyad}") { request, context in
            try await dyad(request, try context.parameters.require("dyad"))
        }
        router.get("/countries/{country}") { request, context in
            try await country(request, try context.parameters.require("country"))
        }
        router.get("/actors/{actor}") { request, context in
            try await actor(request, try context.parameters.require("actor"))
        }
        router.get("/events/{id}") { _, context in try await event(try context.parameters.require("id")) }
        router.get("/documents/{id}") { _, context in
            try await document(PathID.decode(try context.parameters.require("id")))
        }
        router.get("/digest") { request, _ in try await digestForm(request) }
        router.get("/digest/download") { request, _ in try await APIRoutes(site: site).digest(request) }
        router.get("/ingest") { _, _ in try ingestForm() }
        router.post("/ingest") { request, _ in try await ingest(request) }
    }

    func home(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        var (from, to) = try q.period()
        let stats = try await site.store.stats()
        // Without a period, the last twelve months of data: a useful default that keeps the
        // aggregation small on large stores.
        if from == nil, to == nil, let last = stats.lastDay {
            from = last.adding(months: -12)
            to = last
        }
        let dyads = try await site.store.dyads(from: from, to: to, limit: 20)
        let documents = try await site.store.documents(limit: 15)
        return Responses.html(HomePage(layout: site.layout, dyads: dyads, documents: documents, stats: stats,
                                       from: from, to: to).render())
    }

    func search(_ request: Request) async throws -> Response {
        let q = QueryParameters(request.uri.query)
        let text = q.string("q") ?? ""
        let words = SentenceQuery(text).words
        let hits = words.isEmpty ? [] : try await site.store.search(SentenceQuery(text, limit: 100))
        return Responses.html(SearchPage(layout: site.layout, query: text, hits: hits).render())
    }

    func dyad(_ request: Request, _ raw: String) async throws -> Response {
        let dyad = try QueryParameters.dyad(raw, parameter: "dyad")
        let q = QueryParameters(request.uri.query)
        var query = try APIRoutes.eventQuery(q)
        query.dyad = dyad
        query.country = nil
        query.limit = try q.limit(default: 50)
        let page = try await site.store.events(query)
        let figures = try await DyadFigures.summary(dyad, from: query.from, to: query.to, store: site.store)
        return Responses.html(DyadPage(layout: site.layout, dyad: dyad, parameters: q, query: query, page: page,
                                       summary: figures.summary, total: figures.total).render())
    }

    func country(_ request: Request, _ raw: String) async throws -> Response {
        let code = try QueryParameters.countryCode(raw, parameter: "country")
        let q = QueryParameters(request.uri.query)
        var query = try APIRoutes.eventQuery(q)
        query.country = code
        query.dyad = nil
        query.limit = try q.limit(default: 50)
        let page = try await site.store.events(query)
        let counterparts = try await site.store.dyads(from: query.from, to: query.to, limit: 500)
            .filter { $0.dyad.a == code || $0.dyad.b == code }
        let balance = try await site.store.balance(BalanceQuery(code, from: query.from, to: query.to))
        return Responses.html(CountryPage(layout: site.layout, country: code, parameters: q, query: query,
                                          page: page, counterparts: counterparts, balance: balance).render())
    }

    func actor(_ request: Request, _ raw: String) async throws -> Response {
        let id = raw.uppercased()
        guard id.count >= 3, id.count <= 32, id.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
            throw APIError.badParameter("actor", "expects an actor code such as JPNGOV, found \"\(raw)\"")
        }
        let q = QueryParameters(request.uri.query)
        let period = try q.period()
        let scan = try await ActorActivity.collect(id, store: site.store, from: period.from, to: period.to)
        guard !scan.events.isEmpty else { throw APIError.notFound("no events with actor \"\(id)\"") }
        return Responses.html(ActorPage(layout: site.layout, actor: id, activity: scan).render())
    }

    func event(_ id: String) async throws -> Response {
        guard let detail = try await site.store.eventDetail(id: id) else {
            throw APIError.notFound("no event with id \"\(id)\"")
        }
        let rule = site.coder as? any EventRuleExplaining
        var rules: [Int: String] = [:]
        for (i, mention) in detail.mentions.enumerated() {
            // Records stored by Chronicle's coder carry their explanation.
            if let why = mention.record.explanation {
                rules[i] = "pattern \(why.pattern), rule \(why.rule)"
            }
        }
        if let rule {
            for (i, mention) in detail.mentions.enumerated() where rules[i] == nil {
                if let stored = try await site.store.document(id: mention.documentID) {
                    rules[i] = rule.rule(for: mention.record, in: stored.document)
                }
            }
        }
        return Responses.html(EventDetailPage(layout: site.layout, detail: detail, rules: rules).render())
    }

    func document(_ id: String) async throws -> Response {
        guard let stored = try await site.store.document(id: id),
              let annotations = try await site.store.annotations(documentID: id) else {
            throw APIError.notFound("no document with id \"\(id)\"")
        }
        return Responses.html(DocumentPage(layout: site.layout, stored: stored, annotations: annotations).render())
    }

    func digestForm(_ request: Request) async throws -> Response {
        let dyads = try await site.store.dyads(from: nil, to: nil, limit: 50)
        return Responses.html(DigestPage(layout: site.layout, dyads: dyads,
                                         parameters: QueryParameters(request.uri.query)).render())
    }

    func ingestForm() throws -> Response {
        guard site.configuration.writeToken != nil else {
            throw APIError.notFound("this server is read-only; start it with --write-token to add articles")
        }
        return Responses.html(IngestPage(layout: site.layout, result: nil, message: nil,
                                         maxBytes: site.configuration.maxBodyBytes).render())
    }

    /// The ingest form: `multipart/form-data` (an uploaded file or pasted text, what the page
    /// sends) or `application/x-www-form-urlencoded` (pasted text only).
    func ingest(_ request: Request) async throws -> Response {
        guard site.configuration.writeToken != nil else { throw APIError.readOnly }
        let contentType = request.headers[.contentType]
        func page(_ error: APIError) -> Response {
            Responses.html(IngestPage(layout: site.layout, result: nil, message: error.message,
                                      maxBytes: site.configuration.maxBodyBytes).render(),
                           status: error.status)
        }
        do {
            let body = try await site.body(of: request)
            let document: Document
            if UploadForm.isMultipart(contentType) {
                let form = try UploadForm.parse(body, contentType: contentType ?? "")
                try site.authorizeWrite(form.fields["token"])
                document = try DocumentUpload.document(from: form)
            } else if UploadForm.mediaType(contentType) ?? "application/x-www-form-urlencoded"
                        == "application/x-www-form-urlencoded" {
                let form = QueryParameters(String(decoding: body.readableBytesView, as: UTF8.self))
                try site.authorizeWrite(form.string("token"))
                document = try DocumentUpload.make(DocumentUpload.Body(
                    id: form.string("id"), text: form.values["text"] ?? "", title: form.string("title"),
                    date: form.string("date"), source: form.string("source"), url: form.string("url")))
            } else {
                throw APIError(status: .unsupportedMediaType, code: "unsupported_media_type",
                               message: "the ingest form accepts multipart/form-data or "
                                   + "application/x-www-form-urlencoded, not \(contentType ?? "")")
            }
            let result = try await DocumentUpload.ingest(document, site: site)
            return Responses.html(IngestPage(layout: site.layout, result: result, message: nil,
                                             maxBytes: site.configuration.maxBodyBytes).render(),
                                  status: result.outcome == .unchanged ? .ok : .created)
        } catch let error as APIError {
            return page(error)
        }
    }
}

/// A coder that can say which rule produced an event, for the event page.
///
/// Chronicle's event coder explains its events (`codeExplained`); a conformance maps a record
/// to the explanation's pattern and rule.
public protocol EventRuleExplaining: Sendable {
    /// The pattern and rule that produced `record` when coding `document`, in words.
    func rule(for record: EventRecord, in document: Document) -> String?
}
