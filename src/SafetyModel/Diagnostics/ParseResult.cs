using System;
using System.Collections.Generic;

namespace SafetyModel.Diagnostics;

/// <summary>
/// The result of parsing text: either a value, with the notes of any normalisation the parser made to accept the
/// text, or a failure saying what went wrong and where.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>
/// <para>
/// Modelled on NodaTime's <c>ParseResult&lt;T&gt;</c>: parsing never throws on bad input. A failed result builds no
/// exception until a caller asks for one, through <see cref="Value"/>, <see cref="GetValueOrThrow"/> or
/// <see cref="Exception"/>; the failure itself is in <see cref="Error"/>.
/// </para>
/// <para>
/// Lenient parsers report every normalisation as a note, so that nothing is silently changed: a result can succeed
/// and still have <see cref="Notes"/>.
/// </para>
/// </remarks>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, ParseDiagnostic? error, IReadOnlyList<ParseDiagnostic> notes, string? text)
    {
        _value = value;
        Error = error;
        Notes = notes;
        Text = text;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    public bool Success => Error is null;

    /// <summary>Gets the failure, or <see langword="null"/> when parsing succeeded.</summary>
    public ParseDiagnostic? Error { get; }

    /// <summary>
    /// Gets the notes: the normalisations made to accept the text, and remarks such as irregular usage. Empty when
    /// the text was already in canonical form. A failed result keeps the notes made before the failure.
    /// </summary>
    public IReadOnlyList<ParseDiagnostic> Notes { get; }

    /// <summary>Gets the parsed text when the parser was given a string, for messages; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="ParseException">Parsing failed; the exception carries <see cref="Error"/>.</exception>
    public T Value => Success ? _value : throw Exception;

    /// <summary>Gets a new exception describing the failure.</summary>
    /// <exception cref="InvalidOperationException">Parsing succeeded, so there is no failure to describe.</exception>
    public ParseException Exception =>
        Error is { } error
            ? new ParseException(error, Text)
            : throw new InvalidOperationException("The parse succeeded; there is no exception to build.");

    /// <summary>Returns the value, or throws the exception describing the failure.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="ParseException">Parsing failed.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value if parsing succeeded, or <paramref name="failureValue"/> if it failed.</summary>
    /// <param name="failureValue">The value to return on failure.</param>
    /// <param name="result">The parsed value, or <paramref name="failureValue"/>.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = Success ? _value : failureValue;
        return Success;
    }

    /// <summary>Maps a successful value to another type, keeping the notes; a failure stays a failure.</summary>
    /// <typeparam name="TTarget">The target type.</typeparam>
    /// <param name="projection">The mapping, called only on success.</param>
    /// <returns>The mapped result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is <see langword="null"/>.</exception>
    public ParseResult<TTarget> Convert<TTarget>(Func<T, TTarget> projection)
    {
        if (projection is null)
        {
            throw new ArgumentNullException(nameof(projection));
        }

        return Success
            ? new ParseResult<TTarget>(projection(_value), null, Notes, Text)
            : new ParseResult<TTarget>(default!, Error, Notes, Text);
    }

    /// <summary>Re-types a failure for a caller whose own parse failed because this one did.</summary>
    /// <typeparam name="TTarget">The target type.</typeparam>
    /// <returns>A failed result with the same error and notes.</returns>
    /// <exception cref="InvalidOperationException">This result succeeded.</exception>
    public ParseResult<TTarget> ConvertError<TTarget>() =>
        Success
            ? throw new InvalidOperationException("ConvertError can only be used on a failed parse result.")
            : new ParseResult<TTarget>(default!, Error, Notes, Text);

    /// <summary>Creates a successful result with no notes.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>The result.</returns>
#pragma warning disable CA1000 // Static factories on the generic type are the point: ParseResult<T>.ForValue(value), as in NodaTime.
    public static ParseResult<T> ForValue(T value) => new(value, null, Array.Empty<ParseDiagnostic>(), null);

    /// <summary>Creates a successful result with the notes the parser made.</summary>
    /// <param name="value">The parsed value.</param>
    /// <param name="notes">The notes, in the order they were made.</param>
    /// <param name="text">The parsed text, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notes"/> or one of its items is <see langword="null"/>.</exception>
    public static ParseResult<T> ForValue(T value, IEnumerable<ParseDiagnostic> notes, string? text = null) =>
        new(value, null, Freeze(notes), text);

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">What went wrong and where.</param>
    /// <param name="text">The parsed text, or <see langword="null"/>.</param>
    /// <param name="notes">Notes made before the failure, or <see langword="null"/> for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public static ParseResult<T> ForError(ParseDiagnostic error, string? text = null, IEnumerable<ParseDiagnostic>? notes = null) =>
        new(default!, error ?? throw new ArgumentNullException(nameof(error)), notes is null ? Array.Empty<ParseDiagnostic>() : Freeze(notes), text);
#pragma warning restore CA1000

    /// <summary>Returns <c>Success: value</c> or <c>Failure: CODE at P: message</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Success ? "Success: " + _value : "Failure: " + Error;

    private static ParseDiagnostic[] Freeze(IEnumerable<ParseDiagnostic> notes)
    {
        if (notes is null)
        {
            throw new ArgumentNullException(nameof(notes));
        }

        var array = new List<ParseDiagnostic>(notes).ToArray();
        foreach (var note in array)
        {
            if (note is null)
            {
                throw new ArgumentNullException(nameof(notes), "A parse note must not be null.");
            }
        }

        return array.Length == 0 ? Array.Empty<ParseDiagnostic>() : array;
    }
}
