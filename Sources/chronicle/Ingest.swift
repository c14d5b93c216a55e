import ArgumentParser
import ChronicleCore
import ChronicleStore
import Foundation

extension Chronicle {
    /// `chronicle ingest`: read, code and store documents.
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code documents and store their events, merged across reports.",
            discussion: """
                Idempotent: a document already stored with the same content hash is skipped, a
                changed one replaces its old events. Each document is stored atomically, so an
                interrupted run can simply be started again. Bad documents are reported and
                skipped. A progress bar is drawn when standard error is a terminal.

                  $ chronicle ingest articles.jsonl --db chronicle.sqlite --jobs 4
                  $ chronicle ingest feeds/ --db postgres://chronicle:secret@localhost:5432/chronicle
                """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var store: StoreOptions

        @Option(help: "Documents coded at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        }

        func run() async throws {
            // Read everything first: the totals give the progress bar its ETA.
            let items = DocumentReader(options: input.readOptions).documents(from: input.inputs).map { result in
                switch result {
                case let .success(document):
                    return IngestItem.document(input.prepared(document))
                case let .failure(error):
                    return IngestItem.failure(IngestFailure(
                        documentID: nil, origin: DocumentOrigin(path: error.path, line: error.line),
                        message: error.message))
                }
            }
            var documents = 0, bytes = 0
            for case let .document(d) in items {
                documents += 1
                bytes += d.text.utf8.count
            }
            let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let coder = makeDocumentCoder()
            let jobs = self.jobs
            let summary = try await withStore(store) { store in
                await Ingestor(store: store, coder: coder, jobs: jobs)
                    .ingest(items, documentsTotal: documents, bytesTotal: bytes) { bar.update($0) }
            }
            bar.finish()
            for failure in summary.failures { printError(failure.description) }
            let p = summary.progress
            let line = "ingested \(p.documents) documents (\(p.inserted) new, \(p.replaced) replaced, "
                + "\(p.unchanged) unchanged, \(p.failed) failed), \(p.events) events in "
                + String(format: "%.1fs (%.2f MB/s) into %@\n", p.elapsed, p.megabytesPerSecond, store.displayName)
            FileHandle.standardError.write(Data(line.utf8))
            if p.failed > 0 { throw ExitCode.failure }
        }
    }
}

/// A one-line progress bar on standard error, redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ progress: IngestProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let done = progress.documents == progress.documentsTotal
        guard done || progress.elapsed - lastDraw >= 0.1 else { return }
        lastDraw = progress.elapsed
        let fraction = progress.fraction ?? 0
        let width = 24
        let filled = Int(fraction * Double(width))
        var line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
        line += String(format: "%3.0f%% %d docs %d events %.2f MB/s", fraction * 100, progress.documents,
                       progress.events, progress.megabytesPerSecond)
        if let eta = progress.eta {
            let seconds = Int(eta.rounded())
            line += String(format: " ETA %d:%02d", seconds / 60, seconds % 60)
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
