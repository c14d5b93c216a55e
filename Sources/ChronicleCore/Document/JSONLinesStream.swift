import Foundation

/// Reads JSON Lines from a file or a pipe a chunk at a time: one document per line, never the
/// whole input in memory, so `cat corpus.jsonl | chronicle read -` works on any size.
///
/// The size limit (``ReadOptions/maxBytes``) applies to each line, not to the stream. Each line
/// is decoded on its own (UTF-8, or Windows-1252 when it is not UTF-8). When no line of the
/// input is a document and every line fails the same way, one error stands for all of them,
/// as in ``JSONDocumentReader/readLines(_:path:)``.
///
/// ```swift
/// var stream = JSONLinesStream(handle: .standardInput, path: "-", maxLineBytes: 20_000_000)
/// while let result = stream.next() { ... }
/// ```
struct JSONLinesStream {
    private let handle: FileHandle
    private let path: String
    private let maxLineBytes: Int
    private let closesHandle: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private var line = 0
    private var skippingLongLine = false
    private var sawDocument = false
    private var producedAny = false
    private var held: [DocumentReadError] = []
    private var ready: [Result<Document, DocumentReadError>] = []
    private var readyIndex = 0

    /// Creates a stream over `handle`, starting with bytes already read from it.
    init(handle: FileHandle, path: String, maxLineBytes: Int, prefix: [UInt8] = [], closesHandle: Bool = false) {
        self.handle = handle
        self.path = path
        self.maxLineBytes = maxLineBytes
        self.closesHandle = closesHandle
        self.buffer = prefix
    }

    /// The next document or error, or nil at the end of the input.
    mutating func next() -> Result<Document, DocumentReadError>? {
        while readyIndex >= ready.count {
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            guard let slice = nextLine() else {
                finish()
                if ready.isEmpty { return nil }
                break
            }
            if slice.allSatisfy(ReaderBytes.isSpace) { continue }
            accept(decodeAndParse(slice))
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// Errors before the first document wait, so that a file of non-documents gives one error.
    private mutating func accept(_ result: Result<Document, DocumentReadError>) {
        producedAny = true
        switch result {
        case .success:
            if !sawDocument {
                sawDocument = true
                ready.append(contentsOf: held.map { .failure($0) })
                held.removeAll()
            }
            ready.append(result)
        case .failure(let error):
            if sawDocument { ready.append(result) } else { held.append(error) }
        }
    }

    private mutating func finish() {
        if !producedAny {
            producedAny = true
            ready.append(.failure(DocumentReadError(code: .empty, path: path,
                message: path == "-" ? "standard input is empty" : "empty file")))
        }
        if !held.isEmpty {
            ready.append(contentsOf: JSONDocumentReader.collapsed(held.map { .failure($0) }, path: path))
            held.removeAll()
        }
        if closesHandle, atEnd { try? handle.close() }
    }

    private func decodeAndParse(_ slice: ArraySlice<UInt8>) -> Result<Document, DocumentReadError> {
        let bytes = Array(slice)
        switch TextDecoding.decode(bytes, path: path) {
        case .success(let decoded):
            let utf8 = decoded.encoding == .utf8 ? bytes : Array(decoded.text.utf8)
            return JSONDocumentReader.parse(utf8[...], path: path, line: line)
        case .failure(var error):
            error.line = line
            return .failure(error)
        }
    }

    private func tooLong(_ number: Int) -> Result<Document, DocumentReadError> {
        .failure(DocumentReadError(code: .tooLarge, path: path, line: number,
            message: "line is over the limit of \(maxLineBytes) bytes; raise it with --max-bytes"))
    }

    /// The next line's bytes (without the newline), or nil at the end.
    private mutating func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                let slice = buffer[start..<newline]
                start = newline + 1
                scanned = start
                line += 1
                if skippingLongLine {
                    skippingLongLine = false
                    continue
                }
                if slice.count > maxLineBytes {
                    accept(tooLong(line))
                    continue
                }
                return slice
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let slice = buffer[start...]
                start = buffer.count
                scanned = start
                line += 1
                if skippingLongLine { return nil }
                if slice.count > maxLineBytes {
                    accept(tooLong(line))
                    return nil
                }
                return slice
            }
            if !skippingLongLine, buffer.count - start > maxLineBytes {
                accept(tooLong(line + 1))
                skippingLongLine = true
            }
            if skippingLongLine {
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            } else if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                atEnd = true
            }
        }
    }
}
