import ChronicleCore

extension EventStore {
    /// Asks for each event in turn; backends that can read many at once override it.
    public func eventDetails(ids: [String]) async throws -> [EventDetail] {
        var out = [EventDetail]()
        out.reserveCapacity(ids.count)
        for id in ids {
            if let detail = try await eventDetail(id: id) { out.append(detail) }
        }
        return out
    }

    /// Reads whole event details and keeps their reports; backends override it.
    public func eventMentions(eventIDs: [String]) async throws -> [String: [EventMention]] {
        var out: [String: [EventMention]] = [:]
        for detail in try await eventDetails(ids: eventIDs) where !detail.mentions.isEmpty {
            out[detail.event.id] = detail.mentions
        }
        return out
    }

    /// Asks for each document in turn; backends that can read many at once override it.
    public func documents(ids: [String]) async throws -> [StoredDocument] {
        var out = [StoredDocument]()
        out.reserveCapacity(ids.count)
        for id in ids {
            if let document = try await document(id: id) { out.append(document) }
        }
        return out
    }

    /// Reads whole documents and keeps their metadata; backends override it to leave the
    /// text unread.
    public func documentMetadata(ids: [String]) async throws -> [DocumentMetadata] {
        try await documents(ids: ids).map(DocumentMetadata.init)
    }
}
