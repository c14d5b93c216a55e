import ChronicleCore

/// Reads, codes and stores documents: the engine of `chronicle ingest`.
///
/// Documents whose content hash is already stored are skipped before coding (a rerun after
/// an interruption only codes what is missing). The others are coded concurrently by up to
/// `jobs` tasks and stored one at a time in input order, each in its own transaction. A
/// failure (unreadable input, a coder error, a store error) is recorded against its document
/// and the batch goes on.
///
/// ```swift
/// let ingestor = Ingestor(store: store, coder: coder, jobs: 4)
/// let summary = await ingestor.ingest(items) { progress in
///     print(progress.documents, progress.events)
/// }
/// ```
public struct Ingestor: Sendable {
    /// Where documents go.
    public var store: any EventStore
    /// What codes them.
    public var coder: any DocumentCoding
    /// How many documents are coded at once.
    public var jobs: Int

    /// Creates an ingestor.
    public init(store: any EventStore, coder: any DocumentCoding, jobs: Int) {
        self.store = store
        self.coder = coder
        self.jobs = max(1, jobs)
    }

    private enum Coded: Sendable {
        case coded(CodedDocument, bytes: Int)
        case failed(IngestFailure, bytes: Int)
    }

    /// Ingests documents.
    ///
    /// - Parameters:
    ///   - items: Documents (and read failures) in input order.
    ///   - documentsTotal: How many documents to expect, for the ETA.
    ///   - bytesTotal: How many text bytes to expect, for the ETA.
    ///   - progress: Called after each document.
    /// - Returns: Counts and failures.
    public func ingest(_ items: some Sequence<IngestItem>, documentsTotal: Int? = nil,
                       bytesTotal: Int? = nil,
                       progress: (@Sendable (IngestProgress) -> Void)? = nil) async -> IngestSummary {
        var state = IngestProgress(documentsTotal: documentsTotal, bytesTotal: bytesTotal)
        var failures: [IngestFailure] = []
        let clock = ContinuousClock()
        let start = clock.now
        let store = self.store, coder = self.coder

        func report() {
            let elapsed = clock.now - start
            state.elapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            progress?(state)
        }

        func finish(_ result: Coded) async {
            switch result {
            case let .coded(coded, bytes):
                do {
                    switch try await store.store(coded) {
                    case .inserted: state.inserted += 1
                    case .replaced: state.replaced += 1
                    case .unchanged: state.unchanged += 1
                    }
                    state.events += coded.events.count
                } catch {
                    state.failed += 1
                    failures.append(IngestFailure(documentID: coded.document.id, origin: coded.document.origin,
                                                  message: "cannot store: \(error)"))
                }
                state.bytes += bytes
            case let .failed(failure, bytes):
                state.failed += 1
                state.bytes += bytes
                failures.append(failure)
            }
            state.documents += 1
            report()
        }

        // Documents are stored in input order (a reorder buffer holds those coded early), so
        // that two versions of one document in the same input always end with the later one.
        await withTaskGroup(of: (Int, Coded).self) { group in
            var inFlight = 0
            var nextSequence = 0
            var nextToStore = 0
            var ready: [Int: Coded] = [:]

            func receive(_ result: (Int, Coded)) async {
                inFlight -= 1
                ready[result.0] = result.1
                while let coded = ready.removeValue(forKey: nextToStore) {
                    nextToStore += 1
                    await finish(coded)
                }
            }

            for item in items {
                let document: Document
                switch item {
                case let .failure(failure):
                    state.failed += 1
                    state.documents += 1
                    failures.append(failure)
                    report()
                    continue
                case let .document(d):
                    document = d
                }
                let bytes = document.text.utf8.count
                do {
                    if let stored = try await store.contentHash(documentID: document.id),
                       stored == ContentHash.of(document, coderVersion: coder.version) {
                        state.unchanged += 1
                        state.documents += 1
                        state.bytes += bytes
                        report()
                        continue
                    }
                } catch {
                    state.failed += 1
                    state.documents += 1
                    state.bytes += bytes
                    failures.append(IngestFailure(documentID: document.id, origin: document.origin,
                                                  message: "cannot read the store: \(error)"))
                    report()
                    continue
                }
                let sequence = nextSequence
                nextSequence += 1
                group.addTask {
                    do {
                        return (sequence, .coded(try coder.code(document), bytes: bytes))
                    } catch {
                        return (sequence, .failed(IngestFailure(documentID: document.id, origin: document.origin,
                                                                message: "cannot code: \(error)"), bytes: bytes))
                    }
                }
                inFlight += 1
                while inFlight >= jobs || inFlight + ready.count >= jobs * 4, let result = await group.next() {
                    await receive(result)
                }
            }
            while let result = await group.next() {
                await receive(result)
            }
        }
        report()
        return IngestSummary(progress: state, failures: failures)
    }
}
