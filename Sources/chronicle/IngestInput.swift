import ChronicleCore
import ChronicleStore
import Foundation

/// Reads the inputs of `chronicle ingest` with the core's document readers (plain text with
/// datelines, HTML, JSON Lines, RSS and Atom feeds, directories, standard input), turning each
/// unreadable input into a failure item so that the batch goes on.
enum IngestInput {
    /// The documents of every input, in order, with a failure item for each unreadable one.
    static func items(_ input: InputOptions) -> [IngestItem] {
        var items: [IngestItem] = []
        for result in DocumentReader(options: input.readOptions).documents(from: input.inputs) {
            switch result {
            case .success(let document):
                items.append(.document(document))
            case .failure(let error):
                items.append(.failure(IngestFailure(documentID: nil,
                                                    origin: DocumentOrigin(path: error.path, line: error.line),
                                                    message: error.message)))
            }
        }
        return items
    }
}
