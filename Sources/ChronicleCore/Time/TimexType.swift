/// The four TimeML types of temporal expression.
///
/// `DATE` and `TIME` name a point or period on the calendar ("April 11", "2:34 p.m."),
/// `DURATION` a length of time ("three years"), `SET` a recurrence ("every year", "weekly").
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// What a temporal expression's value was resolved against.
///
/// Deictic expressions ("yesterday", "last week", "this April") are resolved against the
/// publication date; anaphoric ones ("that same day", "two days later") against the narrative
/// clock, the last date the text mentioned. Absolute expressions ("June 12, 2018") have none.
public enum Anchor: String, Sendable, Hashable, Codable {
    case publication
    case narrative
}
