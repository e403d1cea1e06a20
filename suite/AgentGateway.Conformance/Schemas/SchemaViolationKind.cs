using NJsonSchema.Validation;

namespace AgentGateway.Conformance.Schemas;

/// <summary>
/// What a <see cref="SchemaViolation"/> found wrong: each NJsonSchema <see cref="ValidationErrorKind"/> under its own name and
/// value, and <see cref="InvalidJson"/> for a body that is not JSON at all. Reports show the member's name.
/// </summary>
public enum SchemaViolationKind
{
    /// <summary>The body is not JSON; NJsonSchema has no kind for this, so the value lies outside its range.</summary>
    InvalidJson = -1,
    Unknown = (int)ValidationErrorKind.Unknown,
    StringExpected = (int)ValidationErrorKind.StringExpected,
    NumberExpected = (int)ValidationErrorKind.NumberExpected,
    IntegerExpected = (int)ValidationErrorKind.IntegerExpected,
    BooleanExpected = (int)ValidationErrorKind.BooleanExpected,
    ObjectExpected = (int)ValidationErrorKind.ObjectExpected,
    PropertyRequired = (int)ValidationErrorKind.PropertyRequired,
    ArrayExpected = (int)ValidationErrorKind.ArrayExpected,
    NullExpected = (int)ValidationErrorKind.NullExpected,
    PatternMismatch = (int)ValidationErrorKind.PatternMismatch,
    StringTooShort = (int)ValidationErrorKind.StringTooShort,
    StringTooLong = (int)ValidationErrorKind.StringTooLong,
    NumberTooSmall = (int)ValidationErrorKind.NumberTooSmall,
    NumberTooBig = (int)ValidationErrorKind.NumberTooBig,
    IntegerTooBig = (int)ValidationErrorKind.IntegerTooBig,
    TooManyItems = (int)ValidationErrorKind.TooManyItems,
    TooFewItems = (int)ValidationErrorKind.TooFewItems,
    ItemsNotUnique = (int)ValidationErrorKind.ItemsNotUnique,
    DateTimeExpected = (int)ValidationErrorKind.DateTimeExpected,
    DateExpected = (int)ValidationErrorKind.DateExpected,
    TimeExpected = (int)ValidationErrorKind.TimeExpected,
    TimeSpanExpected = (int)ValidationErrorKind.TimeSpanExpected,
    UriExpected = (int)ValidationErrorKind.UriExpected,
    IpV4Expected = (int)ValidationErrorKind.IpV4Expected,
    IpV6Expected = (int)ValidationErrorKind.IpV6Expected,
    GuidExpected = (int)ValidationErrorKind.GuidExpected,
    NotAnyOf = (int)ValidationErrorKind.NotAnyOf,
    NotAllOf = (int)ValidationErrorKind.NotAllOf,
    NotOneOf = (int)ValidationErrorKind.NotOneOf,
    ExcludedSchemaValidates = (int)ValidationErrorKind.ExcludedSchemaValidates,
    NumberNotMultipleOf = (int)ValidationErrorKind.NumberNotMultipleOf,
    IntegerNotMultipleOf = (int)ValidationErrorKind.IntegerNotMultipleOf,
    NotInEnumeration = (int)ValidationErrorKind.NotInEnumeration,
    EmailExpected = (int)ValidationErrorKind.EmailExpected,
    HostnameExpected = (int)ValidationErrorKind.HostnameExpected,
    TooManyItemsInTuple = (int)ValidationErrorKind.TooManyItemsInTuple,
    ArrayItemNotValid = (int)ValidationErrorKind.ArrayItemNotValid,
    AdditionalItemNotValid = (int)ValidationErrorKind.AdditionalItemNotValid,
    AdditionalPropertiesNotValid = (int)ValidationErrorKind.AdditionalPropertiesNotValid,
    NoAdditionalPropertiesAllowed = (int)ValidationErrorKind.NoAdditionalPropertiesAllowed,
    TooManyProperties = (int)ValidationErrorKind.TooManyProperties,
    TooFewProperties = (int)ValidationErrorKind.TooFewProperties,
    Base64Expected = (int)ValidationErrorKind.Base64Expected,
    NoTypeValidates = (int)ValidationErrorKind.NoTypeValidates,
    UuidExpected = (int)ValidationErrorKind.UuidExpected,
}
