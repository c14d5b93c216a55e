import Foundation

/// Locates the syntax layer's resource files (`Resources/syntax/...`) in the module bundle.
enum SyntaxResources {
    /// The URL of `Resources/syntax/<name>.<ext>`.
    ///
    /// - Throws: ``SyntaxError`` with code `missingResource` when the file is not bundled.
    static func url(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/syntax") else {
            throw SyntaxError(code: .missingResource, message: "Resources/syntax/\(name).\(ext) is missing")
        }
        return url
    }
}
