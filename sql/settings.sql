-- The settings frnews.similarity_threshold and frnews.dollar_currency made
-- before the library is loaded (SET, ALTER DATABASE ... SET, ALTER ROLE ...
-- SET) survive its loading: each \c below opens a new session in which the
-- first frnews function call loads the library.
SELECT current_database() AS regress_db, current_user AS regress_user \gset
CREATE DATABASE frn_settings;
CREATE ROLE regress_frn_settings LOGIN;
\c frn_settings
CREATE EXTENSION frnews;
-- by SET
\c frn_settings
SET frnews.similarity_threshold = 0.8;
SET frnews.dollar_currency = 'CAD';
SELECT fr_similarity('Le Sénat adopte le budget de la nation.', 'Le Sénat adopte le budget.') AS similarity, fr_parse_money('10 $') AS dollar,
	current_setting('frnews.similarity_threshold') AS threshold,
	fr_signature('Le Sénat adopte le budget de la nation.') % fr_signature('Le Sénat adopte le budget.') AS similar;
-- by ALTER DATABASE
ALTER DATABASE frn_settings SET frnews.similarity_threshold = 0.3;
ALTER DATABASE frn_settings SET frnews.dollar_currency = 'AUD';
\c frn_settings
SELECT fr_parse_money('10 $') AS dollar,
	current_setting('frnews.similarity_threshold') AS threshold,
	fr_signature('Le Sénat adopte le budget de la nation.') % fr_signature('Le Sénat adopte le budget.') AS similar;
-- by ALTER ROLE (over the database's)
ALTER ROLE regress_frn_settings SET frnews.similarity_threshold = 0.9;
ALTER ROLE regress_frn_settings SET frnews.dollar_currency = 'CAD';
\c frn_settings regress_frn_settings
SELECT fr_parse_money('10 $') AS dollar,
	current_setting('frnews.similarity_threshold') AS threshold,
	fr_signature('Le Sénat adopte le budget de la nation.') % fr_signature('Le Sénat adopte le budget.') AS similar;
-- a misspelt setting under the prefix is refused once the library is loaded
SET frnews.similarity_treshold = 0.5;
\c :regress_db :regress_user
DROP DATABASE frn_settings;
DROP ROLE regress_frn_settings;
