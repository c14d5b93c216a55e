import ChronicleCore

/// Reads, codes and stores documents: the engine of `chronicle ingest`.
///
/// Documents whose content hash is already stored are skipped before coding (a rerun after
/// an interruption only codes what is missing). The others are coded concurrently by up to
/// `jobs` tasks and stored one at a time as they finish, each in its own transaction. A
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

        await withTaskGroup(of: Coded.self) { group in
            var inFlight = 0
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
                       stored == ContentHash.of(document) {
                        state.unchanged += 1
                        state.documents += 1
                        state.bytes += bytes
                        report()
                        continue
                    }
                } catch {
                    await finish(.failed(IngestFailure(documentID: document.id, origin: document.origin,
                                                       message: "cannot read the store: \(error)"), bytes: bytes))
                    continue
                }
                group.addTask {
                    do {
                        return .coded(try coder.code(document), bytes: bytes)
                    } catch {
                        return .failed(IngestFailure(documentID: document.id, origin: document.origin,
                                                     message: "cannot code: \(error)"), bytes: bytes)
                    }
                }
                inFlight += 1
                if inFlight >= jobs, let result = await group.next() {
                    inFlight -= 1
                    await finish(result)
                }
            }
            while let result = await group.next() {
                await finish(result)
            }
        }
        report()
        return IngestSummary(progress: state, failures: failures)
    }
}
