/// Closed-class English words the clause reader needs: they are grammar, not lexicon.
enum ClauseWords {
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "my", "your", "'s", "’s", "any", "no", "each", "every", "such", "some", "all", "both",
        "another", "other", "several", "many", "few", "first", "second", "new", "last", "next",
    ]
    static let prepositions: Set<String> = [
        "with", "to", "on", "against", "toward", "towards", "at", "in", "into", "over", "for",
        "from", "of", "by", "about", "between", "among", "amid", "during", "after", "before",
        "through", "under", "upon", "within", "without", "across", "around", "near", "off", "up",
        "out", "down", "back", "away", "via", "involving", "including", "regarding", "concerning",
        "following", "despite", "like", "onto", "beyond", "alongside", "along", "behind", "throughout", "per", "as",
    ]
    static let subordinators: Set<String> = [
        "that", "if", "unless", "because", "although", "though", "while", "whereas", "when",
        "whenever", "since", "until", "till", "once", "whether", "as",
    ]
    static let relatives: Set<String> = ["who", "which", "whom", "whose", "where"]
    /// Subordinators of a condition: an act in their sentence may be conditional.
    static let conditionals: Set<String> = ["if", "unless"]
    static let conjunctions: Set<String> = ["and", "or", "but", "nor", "&"]
    static let pronouns: Set<String> = [
        "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "one", "there",
    ]
    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "’t", "cannot"]
    static let modals: Set<String> = [
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "’ll",
        "'d", "’d", "wo", "ca",
    ]
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "’s", "’re", "'m"]
    static let haveForms: Set<String> = ["have", "has", "had", "having", "'ve", "’ve"]
    static let doForms: Set<String> = ["do", "does", "did"]
    static let adverbs: Set<String> = [
        "also", "still", "already", "just", "now", "again", "further", "then", "once", "soon",
        "strongly", "firmly", "jointly", "repeatedly", "recently", "previously", "finally", "later",
        "even", "only", "really", "reportedly", "allegedly", "formally", "officially", "publicly",
        "separately", "directly", "immediately", "quickly", "fully", "swiftly", "actively",
        "together", "today", "yesterday", "currently", "ever", "always", "often", "originally",
        "first", "effectively", "both", "all", "each", "personally", "indeed", "clearly", "unequivocally",
        "openly", "sharply", "vigorously", "expeditiously", "closely", "privately", "briefly",
    ]
    /// Nouns of pictures and documents: "released photographs of Kim" shows Kim, it does not
    /// free him, so the of-chunk after them does not continue the object.
    static let depictions: Set<String> = [
        "photograph", "photographs", "photo", "photos", "picture", "pictures", "image", "images",
        "footage", "video", "videos", "film", "films", "recording", "recordings", "document",
        "documents", "details", "transcript", "copy", "copies", "map", "maps",
    ]
    /// Words that end a clause's argument region.
    static let clauseBreaks: Set<String> = [";", ":", "(", ")", "\"", "“", "”", "—", "–", "?", "!", "."]

    /// Whether the token reads as an `-ly` adverb (not `family`, `supply`); with ``adverbs``,
    /// what ``TokenClass/adverb`` means.
    static func isLyAdverb(_ lower: String) -> Bool {
        lower.hasSuffix("ly") && lower.utf8.count > 4 && lower.count > 4 && !lyNouns.contains(lower)
    }

    /// Words in `-ly` that are not adverbs.
    private static let lyNouns: Set<String> = ["only", "family", "italy", "rally", "ally", "supply", "reply", "apply"]
}
