/// The documents of a list of inputs, read lazily: files are listed first, then read one at a
/// time as the sequence is iterated (memory holds one file, not the corpus; JSON Lines, one
/// line at a time, so a pipe of any length streams through).
///
/// ```swift
/// var failed = false
/// for result in DocumentReader().documents(from: CommandLine.arguments.dropFirst().map { $0 }) {
///     if case .failure = result { failed = true }
/// }
/// ```
public struct DocumentSequence: Sequence, Sendable {
    let reader: DocumentReader
    let inputs: [String]

    /// An iterator over the results.
    public struct Iterator: IteratorProtocol {
        let reader: DocumentReader
        var files: [Result<InputFile, DocumentReadError>]
        var index = 0
        var pending: [Result<Document, DocumentReadError>] = []
        var pendingIndex = 0
        var stream: JSONLinesStream?

        /// The next document or error.
        public mutating func next() -> Result<Document, DocumentReadError>? {
            while pendingIndex >= pending.count {
                if stream != nil {
                    if let result = stream!.next() { return reader.overridingDate(result) }
                    stream = nil
                }
                guard index < files.count else { return nil }
                let file = files[index]
                index += 1
                pendingIndex = 0
                pending = []
                switch file {
                case .success(let input):
                    switch reader.open(input) {
                    case .results(let results): pending = results
                    case .lines(let lines): stream = lines
                    }
                case .failure(let error):
                    pending = [.failure(error)]
                }
            }
            defer { pendingIndex += 1 }
            return pending[pendingIndex]
        }
    }

    /// Lists the input files (directories expanded) and starts reading.
    public func makeIterator() -> Iterator {
        Iterator(reader: reader, files: InputFile.expand(inputs))
    }
}
