import Foundation

/// Reads documents from files, directories, standard input or bytes in memory, in every
/// format Chronicle knows (plain text, HTML, JSON Lines, JSON, RSS and Atom).
///
/// Reading never stops at a bad input: the result sequence holds one
/// `Result<Document, DocumentReadError>` per document or per problem, in a deterministic order
/// (inputs as given, directory files sorted, documents of a file in file order), so a batch
/// reports every broken file and still reads the rest.
///
/// ```swift
/// let reader = DocumentReader(options: ReadOptions(dateOverride: CalendarDay(iso: "2018-06-12")))
/// for result in reader.documents(from: ["demo", "extra/notes.txt"]) {
///     switch result {
///     case .success(let document): print(document.id, document.publicationDate ?? "-")
///     case .failure(let error): print("error:", error)
///     }
/// }
/// ```
public struct DocumentReader: Sendable {
    /// How inputs are read.
    public var options: ReadOptions

    /// Creates a reader.
    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// The documents of `inputs` (paths of files or directories, `-` for standard input), read
    /// lazily, one file at a time.
    public func documents(from inputs: [String]) -> DocumentSequence {
        DocumentSequence(reader: self, inputs: inputs)
    }

    /// The documents of one input file.
    public func documents(in file: InputFile) -> [Result<Document, DocumentReadError>] {
        switch open(file) {
        case .results(let results):
            return results
        case .lines(var stream):
            var results: [Result<Document, DocumentReadError>] = []
            while let result = stream.next() { results.append(overridingDate(result)) }
            return results
        }
    }

    /// How a file is read: whole (most formats), or line by line (JSON Lines, which may be a
    /// stream of any length).
    enum Source {
        case results([Result<Document, DocumentReadError>])
        case lines(JSONLinesStream)
    }

    /// Opens a file: JSON Lines (named so, forced, or sniffed on standard input) become a stream
    /// with the size limit per line; anything else is read whole, within the limit.
    func open(_ file: InputFile) -> Source {
        if file.isStandardInput {
            let stdin = FileHandle.standardInput
            var prefix: [UInt8] = []
            // Enough of the input to sniff its format.
            while !prefix.contains(where: { !ReaderBytes.isSpace($0) }), prefix.count < 1 << 16,
                  let chunk = try? stdin.read(upToCount: 4096), !chunk.isEmpty {
                prefix.append(contentsOf: chunk)
            }
            if (options.format ?? InputFormat.sniff(prefix)) == .jsonl {
                return .lines(JSONLinesStream(handle: stdin, path: "-", maxLineBytes: options.maxBytes, prefix: prefix))
            }
            switch readAll(stdin, path: "-", prefix: prefix) {
            case .success(let bytes): return .results(documents(in: bytes, path: "-", id: file.id, format: nil))
            case .failure(let error): return .results([.failure(error)])
            }
        }
        if (options.format ?? file.formatByExtension) == .jsonl {
            guard let handle = FileHandle(forReadingAtPath: file.path) else { return .results([.failure(unreadable(file.path))]) }
            return .lines(JSONLinesStream(handle: handle, path: file.path, maxLineBytes: options.maxBytes, closesHandle: true))
        }
        switch load(file) {
        case .success(let bytes):
            return .results(documents(in: bytes, path: file.path, id: file.id, format: file.formatByExtension))
        case .failure(let error):
            return .results([.failure(error)])
        }
    }

    /// `result` with the publication date replaced when ``ReadOptions/dateOverride`` is set.
    func overridingDate(_ result: Result<Document, DocumentReadError>) -> Result<Document, DocumentReadError> {
        guard let day = options.dateOverride, case .success(var document) = result else { return result }
        document.publicationDate = day
        return .success(document)
    }

    /// The documents read from a file handle (standard input, a pipe) until its end.
    ///
    /// - Parameters:
    ///   - handle: where to read from; reading stops with an error past ``ReadOptions/maxBytes``.
    ///   - path: the name errors and origins use (`-` for standard input).
    ///   - id: the id documents get when the format does not give one.
    public func documents(from handle: FileHandle, path: String = "-", id: String = "stdin")
        -> [Result<Document, DocumentReadError>] {
        switch readAll(handle, path: path) {
        case .success(let bytes): return documents(in: bytes, path: path, id: id, format: nil)
        case .failure(let error): return [.failure(error)]
        }
    }

    /// The documents in `bytes`, read as `format` (or as ``ReadOptions/format``, or sniffed).
    ///
    /// - Parameters:
    ///   - bytes: the raw content of a file, in any encoding Chronicle recognizes.
    ///   - path: the name errors and origins use.
    ///   - id: the id of a single document, the prefix of feed item ids.
    ///   - format: the format suggested by the file name; ``ReadOptions/format`` wins over it.
    public func documents(in bytes: [UInt8], path: String, id: String, format: InputFormat? = nil)
        -> [Result<Document, DocumentReadError>] {
        guard bytes.count <= options.maxBytes else { return [.failure(tooLarge(path: path, size: bytes.count))] }
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes, path: path) {
        case .success(let d): decoded = d
        case .failure(let error): return [.failure(error)]
        }
        guard decoded.text.utf8.contains(where: { !ReaderBytes.isSpace($0) }) else {
            let what = path == "-" ? "standard input is empty" : (bytes.isEmpty ? "empty file" : "the file holds only white space")
            return [.failure(DocumentReadError(code: .empty, path: path, message: what))]
        }
        let utf8: [UInt8]
        switch decoded.encoding {
        case .utf8: utf8 = bytes
        default: utf8 = Array(decoded.text.utf8)
        }
        let chosen = options.format ?? format ?? InputFormat.sniff(utf8)
        var results: [Result<Document, DocumentReadError>]
        switch chosen {
        case .text:
            let header = PlainTextHeader(text: decoded.text)
            results = [.success(Document(id: id, text: decoded.text, publicationDate: header.date, title: header.title,
                                         author: header.author, source: header.source,
                                         origin: DocumentOrigin(path: path)))]
        case .html:
            let page = HTMLReader.read(bytes: utf8)
            guard !page.text.isEmpty else {
                return [.failure(DocumentReadError(code: .empty, path: path, message: "the HTML page holds no text"))]
            }
            results = [.success(Document(id: id, text: page.text, publicationDate: page.date, title: page.title,
                                         author: page.author, source: page.siteName, url: page.url,
                                         origin: DocumentOrigin(path: path)))]
        case .jsonl:
            results = JSONDocumentReader.readLines(utf8, path: path)
        case .json:
            results = JSONDocumentReader.readFile(utf8, path: path)
            // A .json file that is really JSON Lines.
            if results.count == 1, case .failure(let error) = results[0], error.code == .malformedJSON {
                let lines = JSONDocumentReader.readLines(utf8, path: path)
                if lines.contains(where: { if case .success = $0 { true } else { false } }) { results = lines }
            }
        case .feed:
            results = FeedReader.read(utf8, path: path, fileID: id)
        }
        if options.dateOverride != nil { results = results.map(overridingDate) }
        return results
    }

    // MARK: - Loading

    private func load(_ file: InputFile) -> Result<[UInt8], DocumentReadError> {
        if file.isStandardInput { return readAll(FileHandle.standardInput, path: "-") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int,
           size > options.maxBytes {
            return .failure(tooLarge(path: file.path, size: size))
        }
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return .failure(unreadable(file.path)) }
        defer { try? handle.close() }
        return readAll(handle, path: file.path)
    }

    private func unreadable(_ path: String) -> DocumentReadError {
        DocumentReadError(code: .unreadable, path: path,
            message: FileManager.default.fileExists(atPath: path)
                ? "permission denied or not a regular file" : "no such file or directory")
    }

    private func readAll(_ handle: FileHandle, path: String, prefix: [UInt8] = []) -> Result<[UInt8], DocumentReadError> {
        var bytes = prefix
        if bytes.count > options.maxBytes { return .failure(tooLarge(path: path, size: nil)) }
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                if bytes.count > options.maxBytes { return .failure(tooLarge(path: path, size: nil)) }
            }
        } catch {
            return .failure(DocumentReadError(code: .unreadable, path: path,
                message: "cannot read: \(error.localizedDescription)"))
        }
        return .success(bytes)
    }

    private func tooLarge(path: String, size: Int?) -> DocumentReadError {
        func amount(_ bytes: Int) -> String {
            bytes >= 100_000 ? "\(Self.megabytes(bytes)) (\(bytes) bytes)" : "\(bytes) bytes"
        }
        let actual = size.map { "input is \(amount($0)), over" } ?? "input is over"
        return DocumentReadError(code: .tooLarge, path: path,
            message: "\(actual) the limit of \(amount(options.maxBytes)); raise it with --max-bytes")
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
