import ChronicleStore

/// The URLs of Chronicle's pages, with path components percent-encoded.
///
/// Every link the pages print is built here, so that a route and its links cannot drift apart.
enum Paths {
    static func dyad(_ dyad: Dyad) -> String { "/dyads/\(component(dyad.a))-\(component(dyad.b))" }
    static func dyad(_ a: String, _ b: String) -> String { dyad(Dyad(a, b)) }
    static func country(_ code: String) -> String { "/countries/\(component(code))" }
    static func actor(_ id: String) -> String { "/actors/\(component(id))" }
    static func event(_ id: String) -> String { "/events/\(component(id))" }
    static func document(_ id: String) -> String { "/documents/\(component(id))" }
    static func document(_ id: String, sentence: Int) -> String { document(id) + "#s\(sentence)" }

    /// Percent-encodes one path component.
    static func component(_ s: String) -> String { QueryParameters.encode(s) }
}
