-- Errors quote at most 60 characters of a bad input value, cut at a
-- character boundary and followed by "..."; short values whole.
SELECT 'v1/128/zz'::fr_sig;
SELECT repeat('é', 100)::fr_sig;
SELECT length(repeat('x', 40000000)::fr_sig::text);
SELECT ('12 ' || repeat('€', 70))::fr_money;
SELECT ('12 ' || repeat('%', 70))::fr_percent;
SELECT fr_parse_money(repeat('ü', 61));
SELECT fr_parse_money(repeat('ü', 60));
SELECT fr_number('douze ' || repeat('ß', 80));
SELECT fr_number(repeat('9', 100));
SELECT fr_money(1, repeat('€', 70));
SELECT fr_amounts('12 $', repeat('Y', 70));
SET frnews.dollar_currency = 'àààààààààààààààààààààààààààààààààààààààààààààààààààààààààààààààààààààà';
-- ISO 4217 codes that are not money are refused: XXX (no currency), XTS
-- (testing), the metals, the European bond-market units; the CFA and CFP
-- francs, the East Caribbean dollar and the units of account stay.
SELECT '1 XXX'::fr_money;
SELECT '1 XTS'::fr_money;
SELECT '2 XAU'::fr_money;
SELECT '2 XAG'::fr_money;
SELECT '2 XPD'::fr_money;
SELECT '2 XPT'::fr_money;
SELECT '3 XBA'::fr_money;
SELECT '3 XBD'::fr_money;
SELECT fr_money(1, 'XXX');
SET frnews.dollar_currency = 'XTS';
SELECT '1 XAF'::fr_money, '1 XOF'::fr_money, '1 XPF'::fr_money, '1 XCD'::fr_money,
       '1 XDR'::fr_money, '1 XSU'::fr_money, '1 XUA'::fr_money;
SELECT surface, amount FROM fr_amounts('Un lingot de 400 XAU, 12 XXX, 5 XTS et 3 milliards de XDR.');
-- A fraction with more than 1,000 digits after the point is no number: the
-- core's decimals keep at most that many (docs/limits.md).  1,500 zeros
-- crashed the backend ("stack smashing detected") in each of these before.
SELECT length(fr_number('0,' || repeat('0', 998) || '1')::text);
SELECT fr_number('0,' || repeat('0', 1500) || '1');
SELECT surface, amount FROM fr_amounts('Il a payé €0.' || repeat('0', 1500) || '1 hier, 0,5 € ce matin.');
SELECT ('€0.' || repeat('0', 1500) || '1')::fr_money;
SELECT length(('0.' || repeat('0', 1500) || '1 EUR')::fr_money::text);
SELECT surface, value FROM fr_percents('Soit 0,' || repeat('0', 1500) || '1 % ou 2 %.');
