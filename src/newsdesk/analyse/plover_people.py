"""Office holders for the PLOVER actor dictionary (data only; see ``plover_dictionary``).

Scope: heads of state and government of the world's countries who held office at some
time from 1990 to 2026 (all G20 members and the countries most often in international
news; in two last blocks, the main ones of 1975-1990 and more actors of the 1990s),
with, for the G20 and the main conflict parties, foreign and defence ministers;
vice-presidents of presidential systems; army chiefs, rebel, opposition and militant
leaders who were themselves news actors; some vice-presidents; heads of the main
international organisations.
Written from general knowledge in the manner of the CAMEO/PETRARCH actor dictionaries,
not from any benchmark. Years are those of the office (an open end means in office at
the last date the authors knew of, 2025); a person with several offices has one line each.

One line per office: ``CODE ROLE YEARS Name[; other name ...]`` (the names of one holder,
or of several holders of like offices). CODE is ISO 3166
alpha-3, ``XKX`` for Kosovo, ``IGO`` for an international organisation, ``IMG`` for a
transnational militarized group (PLOVER manual, non-state actors). ROLE: hos head of
state, hog head of government, vp, fm foreign minister, dm defence minister, min another
minister or official, gov a regional or other government post, mil military, reb rebel,
opp opposition, pty party, spy intelligence, leg legislature, jud judiciary, rel
religious, crm criminal, igo head of an IGO.
"""

PEOPLE = """
# --- G20: United States
USA hos 1989-1993 George H. W. Bush; George Herbert Walker Bush; George Bush
USA hos 1993-2001 Bill Clinton; William Jefferson Clinton; William Clinton
USA hos 2001-2009 George W. Bush
USA hos 2009-2017 Barack Obama; Barack Hussein Obama
USA hos 2017-2021 Donald Trump; Donald J. Trump
USA hos 2025- Donald Trump
USA hos 2021-2025 Joe Biden; Joseph Biden; Joseph R. Biden
USA vp 2009-2017 Joe Biden
USA vp 1989-1993 Dan Quayle
USA vp 1993-2001 Al Gore
USA vp 2001-2009 Dick Cheney; Richard Cheney
USA dm 1989-1993 Dick Cheney
USA vp 2017-2021 Mike Pence
USA vp 2021-2025 Kamala Harris
USA vp 2025- JD Vance; J. D. Vance
USA fm 1989-1992 James Baker; James A. Baker
USA fm 1992-1993 Lawrence Eagleburger
USA fm 1993-1997 Warren Christopher
USA fm 1997-2001 Madeleine Albright
USA fm 2001-2005 Colin Powell
USA mil 1989-1993 Colin Powell
USA fm 2005-2009 Condoleezza Rice
USA min 2001-2005 Condoleezza Rice
USA fm 2009-2013 Hillary Clinton; Hillary Rodham Clinton
USA fm 2013-2017 John Kerry
USA fm 2017-2018 Rex Tillerson
USA fm 2018-2021 Mike Pompeo
USA fm 2021-2025 Antony Blinken; Tony Blinken
USA fm 2025- Marco Rubio
USA dm 1993-1994 Les Aspin
USA dm 1994-1997 William Perry; William J. Perry
USA dm 1997-2001 William Cohen; William S. Cohen
USA dm 2001-2006 Donald Rumsfeld
USA dm 2006-2011 Robert Gates
USA dm 2011-2013 Leon Panetta
USA dm 2013-2015 Chuck Hagel
USA dm 2015-2017 Ashton Carter; Ash Carter
USA dm 2017-2019 Jim Mattis; James Mattis
USA dm 2019-2020 Mark Esper
USA dm 2021-2025 Lloyd Austin
USA dm 2025- Pete Hegseth
USA min 1989-1993 Brent Scowcroft
USA min 1993-1997 Anthony Lake
USA min 1997-2001 Sandy Berger; Samuel Berger
USA min 2005-2009 Stephen Hadley
USA min 2013-2017 Susan Rice
USA min 2017-2018 H. R. McMaster
USA min 2018-2019 John Bolton
USA min 2005-2006 John Bolton
USA min 2021-2025 Jake Sullivan
USA min 2013-2017 Samantha Power
USA min 2017-2018 Nikki Haley
USA min 2021-2025 Linda Thomas-Greenfield
USA min 1993-2001 Richard Holbrooke
USA min 2003-2004 Paul Bremer; L. Paul Bremer
USA min 2017-2021 Jared Kushner
USA min 2025- Steve Witkoff
USA mil 2019-2023 Mark Milley
USA mil 2003-2011 David Petraeus
USA mil 1990-1991 Norman Schwarzkopf
USA mil 2003-2007 John Abizaid
USA spy 1997-2004 George Tenet
USA leg 2007-2011 Nancy Pelosi
USA leg 2019-2023 Nancy Pelosi
USA leg 2023- Mike Johnson
USA leg 2015-2019 Paul Ryan
USA leg 1995-1999 Newt Gingrich
USA leg 2007-2017 Mitch McConnell
USA leg 2021-2025 Chuck Schumer

# --- Russia (and the Soviet Union)
RUS hos 1985-1991 Mikhail Gorbachev
RUS hos 1991-1999 Boris Yeltsin
RUS hos 2000-2008 Vladimir Putin
RUS hos 2012- Vladimir Putin
RUS hog 1999-2000 Vladimir Putin
RUS hog 2008-2012 Vladimir Putin
RUS hos 2008-2012 Dmitry Medvedev; Dmitri Medvedev
RUS hog 2012-2020 Dmitry Medvedev; Dmitri Medvedev
RUS hog 1992-1998 Viktor Chernomyrdin
RUS hog 1998-1998 Sergei Kiriyenko
RUS hog 1998-1999 Yevgeny Primakov
RUS fm 1996-1998 Yevgeny Primakov
RUS hog 1999-1999 Sergei Stepashin
RUS hog 2000-2004 Mikhail Kasyanov
RUS hog 2004-2007 Mikhail Fradkov
RUS hog 2007-2008 Viktor Zubkov
RUS hog 2020- Mikhail Mishustin
RUS hog 1992-1992 Yegor Gaidar
RUS fm 1985-1990 Eduard Shevardnadze
RUS fm 1991-1991 Alexander Bessmertnykh
RUS fm 1990-1996 Andrei Kozyrev
RUS fm 1998-2004 Igor Ivanov
RUS fm 2004- Sergei Lavrov; Sergey Lavrov
RUS dm 1992-1996 Pavel Grachev
RUS dm 1996-1997 Igor Rodionov
RUS dm 1997-2001 Igor Sergeyev
RUS dm 2001-2007 Sergei Ivanov
RUS dm 2007-2012 Anatoly Serdyukov
RUS dm 2012-2024 Sergei Shoigu; Sergey Shoigu
RUS dm 2024- Andrei Belousov; Andrey Belousov
RUS mil 2012- Valery Gerasimov
RUS min 2008- Dmitry Peskov
RUS min 2015- Maria Zakharova
RUS min 2006-2017 Vitaly Churkin
RUS min 2017- Vasily Nebenzya
RUS spy 2016- Sergei Naryshkin
RUS spy 2008- Alexander Bortnikov
RUS min 2008-2024 Nikolai Patrushev
RUS gov 2007- Ramzan Kadyrov
RUS reb 1991-1996 Dzhokhar Dudayev
RUS reb 1997-2005 Aslan Maskhadov
RUS reb 1995-2006 Shamil Basayev
RUS opp 2011-2024 Alexei Navalny; Alexey Navalny
RUS pty 1993- Gennady Zyuganov
RUS pty 1991-2022 Vladimir Zhirinovsky
RUS mil 2014-2023 Yevgeny Prigozhin

# --- China
CHN hos 1988-1993 Yang Shangkun
CHN hos 1993-2003 Jiang Zemin
CHN hos 2003-2013 Hu Jintao
CHN hos 2013- Xi Jinping
CHN hos 1978-1997 Deng Xiaoping
CHN hog 1988-1998 Li Peng
CHN hog 1998-2003 Zhu Rongji
CHN hog 2003-2013 Wen Jiabao
CHN hog 2013-2023 Li Keqiang
CHN hog 2023- Li Qiang
CHN fm 1988-1998 Qian Qichen
CHN fm 1998-2003 Tang Jiaxuan
CHN fm 2003-2007 Li Zhaoxing
CHN fm 2007-2013 Yang Jiechi
CHN fm 2013-2022 Wang Yi
CHN fm 2023- Wang Yi
CHN fm 2022-2023 Qin Gang
CHN dm 1988-1993 Qin Jiwei
CHN dm 1993-2003 Chi Haotian
CHN dm 2003-2008 Cao Gangchuan
CHN dm 2008-2013 Liang Guanglie
CHN dm 2013-2018 Chang Wanquan
CHN dm 2018-2023 Wei Fenghe
CHN dm 2023-2023 Li Shangfu
CHN dm 2023- Dong Jun
CHN min 1990-2012 Zhu Bangzao; Sun Yuxi; Kong Quan; Liu Jianchao; Jiang Yu; Ma Zhaoxu
CHN min 2010-2025 Hong Lei; Hua Chunying; Lu Kang; Geng Shuang; Zhao Lijian; Wang Wenbin
CHN min 2022- Mao Ning; Lin Jian; Guo Jiakun
CHN min 2003-2012 Wu Bangguo

# --- Japan
JPN hog 1989-1991 Toshiki Kaifu
JPN hog 1991-1993 Kiichi Miyazawa
JPN hog 1993-1994 Morihiro Hosokawa
JPN hog 1994-1994 Tsutomu Hata
JPN fm 1993-1994 Tsutomu Hata
JPN hog 1994-1996 Tomiichi Murayama
JPN hog 1996-1998 Ryutaro Hashimoto
JPN hog 1998-2000 Keizo Obuchi
JPN fm 1997-1998 Keizo Obuchi
JPN hog 2000-2001 Yoshiro Mori
JPN hog 2001-2006 Junichiro Koizumi
JPN hog 2006-2007 Shinzo Abe
JPN hog 2012-2020 Shinzo Abe
JPN hog 2007-2008 Yasuo Fukuda
JPN hog 2008-2009 Taro Aso
JPN fm 2005-2007 Taro Aso
JPN hog 2009-2010 Yukio Hatoyama
JPN hog 2010-2011 Naoto Kan
JPN hog 2011-2012 Yoshihiko Noda
JPN hog 2020-2021 Yoshihide Suga
JPN hog 2021-2024 Fumio Kishida
JPN fm 2012-2017 Fumio Kishida
JPN hog 2024-2025 Shigeru Ishiba
JPN dm 2002-2004 Shigeru Ishiba
JPN hog 2025- Sanae Takaichi
JPN hos 1989-2019 Emperor Akihito; Akihito
JPN hos 2019- Emperor Naruhito; Naruhito
JPN fm 1989-1991 Taro Nakayama
JPN fm 1991-1993 Michio Watanabe
JPN fm 1994-1996 Yohei Kono
JPN fm 1999-2000 Yohei Kono
JPN fm 1996-1997 Yukihiko Ikeda
JPN fm 1998-1999 Masahiko Komura
JPN fm 2007-2008 Masahiko Komura
JPN fm 2001-2002 Makiko Tanaka
JPN fm 2002-2004 Yoriko Kawaguchi
JPN fm 2004-2005 Nobutaka Machimura
JPN fm 2008-2009 Hirofumi Nakasone
JPN fm 2009-2010 Katsuya Okada
JPN fm 2010-2011 Seiji Maehara
JPN fm 2011-2012 Koichiro Gemba
JPN fm 2017-2019 Taro Kono
JPN dm 2019-2020 Taro Kono
JPN fm 2019-2021 Toshimitsu Motegi
JPN fm 2025- Toshimitsu Motegi
JPN fm 2021-2023 Yoshimasa Hayashi
JPN fm 2023-2024 Yoko Kamikawa
JPN fm 2024-2025 Takeshi Iwaya
JPN dm 2014-2016 Gen Nakatani
JPN dm 2024-2025 Gen Nakatani
JPN dm 2012-2014 Itsunori Onodera
JPN dm 2016-2017 Tomomi Inada
JPN dm 2020-2022 Nobuo Kishi
JPN dm 2022-2023 Yasukazu Hamada
JPN dm 2023-2024 Minoru Kihara
JPN dm 2025- Shinjiro Koizumi
JPN dm 2007-2007 Yuriko Koike
JPN min 2009-2012 Yukio Edano

# --- United Kingdom
GBR hog 1979-1990 Margaret Thatcher
GBR hog 1990-1997 John Major
GBR hog 1997-2007 Tony Blair
GBR hog 2007-2010 Gordon Brown
GBR hog 2010-2016 David Cameron
GBR fm 2023-2024 David Cameron
GBR hog 2016-2019 Theresa May
GBR hog 2019-2022 Boris Johnson
GBR fm 2016-2018 Boris Johnson
GBR hog 2022-2022 Liz Truss
GBR fm 2021-2022 Liz Truss
GBR hog 2022-2024 Rishi Sunak
GBR hog 2024- Keir Starmer
GBR hos 1952-2022 Queen Elizabeth; Queen Elizabeth II; Elizabeth II
GBR hos 2022- King Charles; King Charles III; Charles III
GBR fm 1989-1995 Douglas Hurd
GBR fm 1995-1997 Malcolm Rifkind
GBR dm 1992-1995 Malcolm Rifkind
GBR fm 1997-2001 Robin Cook
GBR fm 2001-2006 Jack Straw
GBR fm 2006-2007 Margaret Beckett
GBR fm 2007-2010 David Miliband
GBR fm 2010-2014 William Hague
GBR fm 2014-2016 Philip Hammond
GBR dm 2011-2014 Philip Hammond
GBR fm 2018-2019 Jeremy Hunt
GBR fm 2019-2021 Dominic Raab
GBR fm 2022-2023 James Cleverly
GBR fm 2024-2025 David Lammy
GBR fm 2025- Yvette Cooper
GBR dm 1989-1992 Tom King
GBR dm 1995-1997 Michael Portillo
GBR dm 1997-1999 George Robertson
GBR dm 1999-2005 Geoff Hoon
GBR dm 2005-2006 John Reid
GBR dm 2006-2008 Des Browne
GBR dm 2008-2009 John Hutton
GBR dm 2009-2010 Bob Ainsworth
GBR dm 2010-2011 Liam Fox
GBR dm 2014-2017 Michael Fallon
GBR dm 2017-2019 Gavin Williamson
GBR dm 2019-2019 Penny Mordaunt
GBR dm 2019-2023 Ben Wallace
GBR dm 2023-2024 Grant Shapps
GBR dm 2024- John Healey
GBR pty 1983-2020 Gerry Adams
GBR pty 1997-2017 Martin McGuinness
GBR pty 1971-2008 Ian Paisley
GBR gov 1998-2002 David Trimble
GBR pty 1979-2001 John Hume
GBR gov 1992-1997 Chris Patten
GBR opp 2015-2020 Jeremy Corbyn
GBR pty 2019- Nigel Farage

# --- France
FRA hos 1981-1995 Francois Mitterrand
FRA hos 1995-2007 Jacques Chirac
FRA hos 2007-2012 Nicolas Sarkozy
FRA hos 2012-2017 Francois Hollande
FRA hos 2017- Emmanuel Macron
FRA hog 1988-1991 Michel Rocard
FRA hog 1991-1992 Edith Cresson
FRA hog 1992-1993 Pierre Beregovoy
FRA hog 1993-1995 Edouard Balladur
FRA hog 1995-1997 Alain Juppe
FRA fm 1993-1995 Alain Juppe
FRA fm 2011-2012 Alain Juppe
FRA hog 1997-2002 Lionel Jospin
FRA hog 2002-2005 Jean-Pierre Raffarin
FRA hog 2005-2007 Dominique de Villepin
FRA fm 2002-2004 Dominique de Villepin
FRA hog 2007-2012 Francois Fillon
FRA hog 2012-2014 Jean-Marc Ayrault
FRA hog 2014-2016 Manuel Valls
FRA hog 2016-2017 Bernard Cazeneuve
FRA hog 2017-2020 Edouard Philippe
FRA hog 2020-2022 Jean Castex
FRA hog 2022-2024 Elisabeth Borne
FRA hog 2024-2024 Gabriel Attal
FRA hog 2024-2024 Michel Barnier
FRA fm 2004-2005 Michel Barnier
FRA hog 2024-2025 Francois Bayrou
FRA hog 2025- Sebastien Lecornu
FRA dm 2022-2025 Sebastien Lecornu
FRA fm 1988-1993 Roland Dumas
FRA fm 1995-1997 Herve de Charette
FRA fm 1997-2002 Hubert Vedrine
FRA fm 2005-2007 Philippe Douste-Blazy
FRA fm 2007-2010 Bernard Kouchner
FRA fm 2010-2011 Michele Alliot-Marie
FRA dm 2002-2007 Michele Alliot-Marie
FRA fm 2012-2016 Laurent Fabius
FRA fm 2017-2022 Jean-Yves Le Drian
FRA dm 2012-2017 Jean-Yves Le Drian
FRA fm 2022-2024 Catherine Colonna
FRA fm 2024-2024 Stephane Sejourne
FRA fm 2024- Jean-Noel Barrot
FRA dm 1988-1991 Jean-Pierre Chevenement
FRA dm 1991-1993 Pierre Joxe
FRA dm 1993-1995 Francois Leotard
FRA dm 1995-1997 Charles Millon
FRA dm 1997-2002 Alain Richard
FRA dm 2007-2010 Herve Morin
FRA dm 2011-2012 Gerard Longuet
FRA dm 2017-2022 Florence Parly
FRA pty 1972-2011 Jean-Marie Le Pen
FRA pty 2011- Marine Le Pen
FRA pty 2016- Jean-Luc Melenchon

# --- Germany
DEU hog 1982-1998 Helmut Kohl
DEU hog 1998-2005 Gerhard Schroeder; Gerhard Schroder
DEU hog 2005-2021 Angela Merkel
DEU hog 2021-2025 Olaf Scholz
DEU hog 2025- Friedrich Merz
DEU hos 1984-1994 Richard von Weizsaecker; Richard von Weizsacker
DEU hos 1994-1999 Roman Herzog
DEU hos 1999-2004 Johannes Rau
DEU hos 2004-2010 Horst Koehler; Horst Kohler
DEU hos 2010-2012 Christian Wulff
DEU hos 2012-2017 Joachim Gauck
DEU hos 2017- Frank-Walter Steinmeier
DEU fm 2005-2009 Frank-Walter Steinmeier
DEU fm 2013-2017 Frank-Walter Steinmeier
DEU fm 1974-1992 Hans-Dietrich Genscher
DEU fm 1992-1998 Klaus Kinkel
DEU fm 1998-2005 Joschka Fischer
DEU fm 2009-2013 Guido Westerwelle
DEU fm 2017-2018 Sigmar Gabriel
DEU fm 2018-2021 Heiko Maas
DEU fm 2021-2025 Annalena Baerbock
DEU fm 2025- Johann Wadephul
DEU dm 1989-1992 Gerhard Stoltenberg
DEU dm 1992-1998 Volker Ruehe; Volker Ruhe
DEU dm 1998-2002 Rudolf Scharping
DEU dm 2002-2005 Peter Struck
DEU dm 2005-2009 Franz Josef Jung
DEU dm 2009-2011 Karl-Theodor zu Guttenberg
DEU dm 2011-2013 Thomas de Maiziere
DEU dm 2013-2019 Ursula von der Leyen
DEU dm 2019-2021 Annegret Kramp-Karrenbauer
DEU dm 2021-2023 Christine Lambrecht
DEU dm 2023- Boris Pistorius

# --- Italy
ITA hog 1989-1992 Giulio Andreotti
ITA hog 1992-1993 Giuliano Amato
ITA hog 2000-2001 Giuliano Amato
ITA hog 1993-1994 Carlo Azeglio Ciampi
ITA hos 1999-2006 Carlo Azeglio Ciampi
ITA hog 1994-1995 Silvio Berlusconi
ITA hog 2001-2006 Silvio Berlusconi
ITA hog 2008-2011 Silvio Berlusconi
ITA hog 1995-1996 Lamberto Dini
ITA fm 1996-2001 Lamberto Dini
ITA hog 1996-1998 Romano Prodi
ITA hog 2006-2008 Romano Prodi
ITA hog 1998-2000 Massimo D'Alema
ITA fm 2006-2008 Massimo D'Alema
ITA hog 2011-2013 Mario Monti
ITA hog 2013-2014 Enrico Letta
ITA hog 2014-2016 Matteo Renzi
ITA hog 2016-2018 Paolo Gentiloni
ITA fm 2014-2016 Paolo Gentiloni
ITA hog 2018-2021 Giuseppe Conte
ITA hog 2021-2022 Mario Draghi
ITA hog 2022- Giorgia Meloni
ITA hos 1985-1992 Francesco Cossiga
ITA hos 1992-1999 Oscar Luigi Scalfaro
ITA hos 2006-2015 Giorgio Napolitano
ITA hos 2015- Sergio Mattarella
ITA fm 1989-1992 Gianni De Michelis
ITA fm 2002-2004 Franco Frattini
ITA fm 2008-2011 Franco Frattini
ITA fm 2004-2006 Gianfranco Fini
ITA fm 2013-2014 Emma Bonino
ITA fm 2016-2018 Angelino Alfano
ITA fm 2019-2022 Luigi Di Maio
ITA fm 2022- Antonio Tajani
ITA dm 2008-2011 Ignazio La Russa
ITA dm 2014-2018 Roberta Pinotti
ITA dm 2019-2022 Lorenzo Guerini
ITA dm 2022- Guido Crosetto
ITA min 2018-2019 Matteo Salvini

# --- Canada, Australia
CAN hog 1984-1993 Brian Mulroney
CAN hog 1993-1993 Kim Campbell
CAN hog 1993-2003 Jean Chretien
CAN hog 2003-2006 Paul Martin
CAN hog 2006-2015 Stephen Harper
CAN hog 2015-2025 Justin Trudeau
CAN hog 2025- Mark Carney
CAN fm 1984-1991 Joe Clark
CAN fm 1996-2000 Lloyd Axworthy
CAN fm 2011-2015 John Baird
CAN fm 2015-2017 Stephane Dion
CAN fm 2017-2019 Chrystia Freeland
CAN fm 2021-2025 Melanie Joly
CAN fm 2025- Anita Anand
CAN dm 2021-2023 Anita Anand
CAN dm 2007-2013 Peter MacKay
CAN dm 2015-2021 Harjit Sajjan
CAN dm 2023-2025 Bill Blair
AUS hog 1983-1991 Bob Hawke
AUS hog 1991-1996 Paul Keating
AUS hog 1996-2007 John Howard
AUS hog 2007-2010 Kevin Rudd
AUS hog 2013-2013 Kevin Rudd
AUS fm 2010-2012 Kevin Rudd
AUS hog 2010-2013 Julia Gillard
AUS hog 2013-2015 Tony Abbott
AUS hog 2015-2018 Malcolm Turnbull
AUS hog 2018-2022 Scott Morrison
AUS hog 2022- Anthony Albanese
AUS fm 1988-1996 Gareth Evans
AUS fm 1996-2007 Alexander Downer
AUS fm 2007-2010 Stephen Smith
AUS fm 2012-2013 Bob Carr
AUS fm 2013-2018 Julie Bishop
AUS fm 2018-2022 Marise Payne
AUS fm 2022- Penny Wong
AUS dm 2022- Richard Marles
AUS dm 2021-2022 Peter Dutton
AUS dm 2001-2006 Robert Hill
AUS dm 2007-2009 Joel Fitzgibbon

# --- India
IND hog 1984-1989 Rajiv Gandhi
IND hog 1989-1990 V. P. Singh; Vishwanath Pratap Singh
IND hog 1990-1991 Chandra Shekhar
IND hog 1991-1996 P. V. Narasimha Rao; Narasimha Rao
IND hog 1996-1996 Atal Bihari Vajpayee
IND hog 1998-2004 Atal Bihari Vajpayee
IND hog 1996-1997 H. D. Deve Gowda; Deve Gowda
IND hog 1997-1998 I. K. Gujral; Inder Kumar Gujral
IND hog 2004-2014 Manmohan Singh
IND hog 2014- Narendra Modi
IND hos 1987-1992 R. Venkataraman; Ramaswamy Venkataraman
IND hos 1992-1997 Shankar Dayal Sharma
IND hos 1997-2002 K. R. Narayanan
IND hos 2002-2007 A. P. J. Abdul Kalam; Abdul Kalam
IND hos 2007-2012 Pratibha Patil
IND hos 2012-2017 Pranab Mukherjee
IND fm 2006-2009 Pranab Mukherjee
IND dm 2004-2006 Pranab Mukherjee
IND hos 2017-2022 Ram Nath Kovind
IND hos 2022- Droupadi Murmu
IND fm 1998-2002 Jaswant Singh
IND fm 2002-2004 Yashwant Sinha
IND fm 2004-2005 Natwar Singh; K. Natwar Singh
IND fm 2009-2012 S. M. Krishna
IND fm 2012-2014 Salman Khurshid
IND fm 2014-2019 Sushma Swaraj
IND fm 2019- Subrahmanyam Jaishankar; S. Jaishankar
IND dm 1998-2004 George Fernandes
IND dm 2006-2014 A. K. Antony
IND dm 2014-2017 Arun Jaitley
IND dm 2014-2017 Manohar Parrikar
IND dm 2017-2019 Nirmala Sitharaman
IND dm 2019- Rajnath Singh
IND min 2019- Amit Shah
IND pty 1998-2017 Sonia Gandhi
IND opp 2017- Rahul Gandhi

# --- Brazil, Argentina, Mexico
BRA hos 1990-1992 Fernando Collor de Mello; Fernando Collor
BRA hos 1992-1995 Itamar Franco
BRA hos 1995-2003 Fernando Henrique Cardoso
BRA hos 2003-2010 Luiz Inacio Lula da Silva; Lula da Silva; Lula
BRA hos 2023- Luiz Inacio Lula da Silva; Lula da Silva; Lula
BRA hos 2011-2016 Dilma Rousseff
BRA hos 2016-2018 Michel Temer
BRA hos 2019-2022 Jair Bolsonaro
BRA fm 2003-2010 Celso Amorim
BRA fm 2011-2013 Antonio Patriota
BRA fm 2023- Mauro Vieira
BRA fm 2019-2021 Ernesto Araujo
ARG hos 1989-1999 Carlos Menem
ARG hos 1999-2001 Fernando de la Rua
ARG hos 2002-2003 Eduardo Duhalde
ARG hos 2003-2007 Nestor Kirchner
ARG hos 2007-2015 Cristina Fernandez de Kirchner; Cristina Kirchner
ARG hos 2015-2019 Mauricio Macri
ARG hos 2019-2023 Alberto Fernandez
ARG hos 2023- Javier Milei
ARG fm 1991-1999 Guido di Tella
ARG fm 2010-2015 Hector Timerman
ARG fm 2015-2017 Susana Malcorra
ARG fm 2021-2023 Santiago Cafiero
ARG fm 2023-2024 Diana Mondino
MEX hos 1988-1994 Carlos Salinas de Gortari; Carlos Salinas
MEX hos 1994-2000 Ernesto Zedillo
MEX hos 2000-2006 Vicente Fox
MEX hos 2006-2012 Felipe Calderon
MEX hos 2012-2018 Enrique Pena Nieto
MEX hos 2018-2024 Andres Manuel Lopez Obrador; Lopez Obrador; AMLO
MEX hos 2024- Claudia Sheinbaum
MEX fm 2000-2003 Jorge Castaneda
MEX fm 2019-2023 Marcelo Ebrard
MEX fm 2017-2018 Luis Videgaray
MEX fm 2023-2024 Alicia Barcena
MEX crm 1989-2016 Joaquin Guzman; El Chapo

# --- South Africa, South Korea, North Korea, Indonesia, Turkey, Saudi Arabia
ZAF hos 1989-1994 F. W. de Klerk; Frederik de Klerk; de Klerk
ZAF hos 1994-1999 Nelson Mandela
ZAF hos 1999-2008 Thabo Mbeki
ZAF hos 2008-2009 Kgalema Motlanthe
ZAF hos 2009-2018 Jacob Zuma
ZAF hos 2018- Cyril Ramaphosa
ZAF fm 1977-1994 Pik Botha
ZAF fm 1994-1999 Alfred Nzo
ZAF fm 1999-2009 Nkosazana Dlamini-Zuma
ZAF fm 2009-2018 Maite Nkoana-Mashabane
ZAF fm 2019-2024 Naledi Pandor
ZAF fm 2024- Ronald Lamola
ZAF pty 1975-2019 Mangosuthu Buthelezi
ZAF opp 2013- Julius Malema
KOR hos 1988-1993 Roh Tae-woo
KOR hos 1993-1998 Kim Young-sam
KOR hos 1998-2003 Kim Dae-jung
KOR hos 2003-2008 Roh Moo-hyun
KOR hos 2008-2013 Lee Myung-bak
KOR hos 2013-2017 Park Geun-hye
KOR hos 2017-2022 Moon Jae-in
KOR hos 2022-2025 Yoon Suk-yeol; Yoon Suk Yeol
KOR hos 2025- Lee Jae-myung
KOR hog 2022-2025 Han Duck-soo
KOR fm 2004-2006 Ban Ki-moon
KOR fm 2013-2017 Yun Byung-se
KOR fm 2017-2021 Kang Kyung-wha
KOR fm 2022-2024 Park Jin
KOR fm 2024-2025 Cho Tae-yul
PRK hos 1948-1994 Kim Il-sung
PRK hos 1994-2011 Kim Jong-il
PRK hos 2011- Kim Jong-un
PRK min 2014- Kim Yo-jong
PRK hos 1998-2019 Kim Yong-nam
PRK fm 2016-2020 Ri Yong-ho
PRK fm 2022- Choe Son-hui
PRK fm 1998-2007 Paek Nam-sun
IDN hos 1967-1998 Suharto; Soeharto
IDN hos 1998-1999 B. J. Habibie; Habibie
IDN hos 1999-2001 Abdurrahman Wahid; Gus Dur
IDN hos 2001-2004 Megawati Sukarnoputri; Megawati
IDN hos 2004-2014 Susilo Bambang Yudhoyono; Yudhoyono
IDN hos 2014-2024 Joko Widodo; Jokowi
IDN hos 2024- Prabowo Subianto; Prabowo
IDN dm 2019-2024 Prabowo Subianto; Prabowo
IDN fm 1988-1999 Ali Alatas
IDN fm 2001-2009 Hassan Wirajuda
IDN fm 2009-2014 Marty Natalegawa
IDN fm 2014-2024 Retno Marsudi
IDN fm 2024- Sugiono
TUR hos 1989-1993 Turgut Ozal
TUR hog 1991-1993 Suleyman Demirel
TUR hos 1993-2000 Suleyman Demirel
TUR hos 2000-2007 Ahmet Necdet Sezer
TUR hos 2007-2014 Abdullah Gul
TUR fm 2003-2007 Abdullah Gul
TUR hog 2003-2014 Recep Tayyip Erdogan; Tayyip Erdogan
TUR hos 2014- Recep Tayyip Erdogan; Tayyip Erdogan
TUR hog 1991-1991 Mesut Yilmaz
TUR hog 1997-1999 Mesut Yilmaz
TUR hog 1993-1996 Tansu Ciller
TUR hog 1996-1997 Necmettin Erbakan
TUR hog 1999-2002 Bulent Ecevit
TUR hog 2014-2016 Ahmet Davutoglu
TUR fm 2009-2014 Ahmet Davutoglu
TUR hog 2016-2018 Binali Yildirim
TUR fm 1997-2002 Ismail Cem
TUR fm 2007-2009 Ali Babacan
TUR fm 2014-2023 Mevlut Cavusoglu
TUR fm 2023- Hakan Fidan
TUR dm 2018-2023 Hulusi Akar
TUR dm 2023- Yasar Guler
TUR reb 1978- Abdullah Ocalan
TUR opp 1999- Fethullah Gulen
TUR opp 2023- Ekrem Imamoglu
TUR opp 2010-2023 Kemal Kilicdaroglu
SAU hos 1982-2005 King Fahd; Fahd bin Abdulaziz
SAU hos 2005-2015 King Abdullah; Abdullah bin Abdulaziz
SAU hos 2015- King Salman; Salman bin Abdulaziz
SAU hog 2022- Mohammed bin Salman
SAU dm 2015-2022 Mohammed bin Salman
SAU fm 1975-2015 Saud al-Faisal
SAU fm 2015-2018 Adel al-Jubeir
SAU fm 2019- Faisal bin Farhan
SAU dm 1963-2011 Sultan bin Abdulaziz
SAU min 1983-2015 Bandar bin Sultan
SAU spy 1977-2001 Turki al-Faisal

# --- Middle East and North Africa
IRN hos 1979-1989 Ruhollah Khomeini; Ayatollah Khomeini
IRN hos 1989- Ali Khamenei; Ayatollah Khamenei
IRN hog 1989-1997 Akbar Hashemi Rafsanjani; Hashemi Rafsanjani
IRN hog 1997-2005 Mohammad Khatami
IRN hog 2005-2013 Mahmoud Ahmadinejad
IRN hog 2013-2021 Hassan Rouhani
IRN hog 2021-2024 Ebrahim Raisi
IRN hog 2024- Masoud Pezeshkian
IRN fm 1981-1997 Ali Akbar Velayati
IRN fm 1997-2005 Kamal Kharrazi
IRN fm 2005-2010 Manouchehr Mottaki
IRN fm 2010-2013 Ali Akbar Salehi
IRN fm 2013-2021 Mohammad Javad Zarif; Javad Zarif
IRN fm 2021-2024 Hossein Amir-Abdollahian
IRN fm 2024- Abbas Araghchi
IRN mil 1998-2020 Qassem Soleimani; Qasem Soleimani
IRN leg 2008-2020 Ali Larijani
IRN leg 2020- Mohammad Bagher Ghalibaf
IRN min 2007-2013 Saeed Jalili
IRN opp 2009- Mir Hossein Mousavi
IRN mil 2019-2025 Hossein Salami
IRN mil 2016-2025 Mohammad Bagheri
IRQ hos 1979-2003 Saddam Hussein; Saddam
IRQ fm 1983-1991 Tariq Aziz
IRQ min 1991-2003 Tariq Aziz
IRQ fm 2001-2003 Naji Sabri
IRQ min 1991-2003 Taha Yassin Ramadan; Izzat Ibrahim al-Douri; Uday Hussein; Qusay Hussein
IRQ hog 2004-2005 Ayad Allawi; Iyad Allawi
IRQ hog 2005-2006 Ibrahim al-Jaafari
IRQ fm 2014-2018 Ibrahim al-Jaafari
IRQ hog 2006-2014 Nouri al-Maliki; Nuri al-Maliki
IRQ hog 2014-2018 Haider al-Abadi
IRQ hog 2018-2020 Adil Abdul-Mahdi
IRQ hog 2020-2022 Mustafa al-Kadhimi
IRQ hog 2022- Mohammed Shia al-Sudani
IRQ hos 2004-2005 Ghazi al-Yawer
IRQ hos 2005-2014 Jalal Talabani
IRQ hos 2014-2018 Fuad Masum
IRQ hos 2018-2022 Barham Salih
IRQ hos 2022- Abdul Latif Rashid
IRQ fm 2003-2014 Hoshyar Zebari
IRQ fm 2020- Fuad Hussein
IRQ reb 2003- Muqtada al-Sadr; Moqtada al-Sadr
IRQ rel 1992- Ali al-Sistani; Ayatollah Sistani
IRQ gov 2005-2017 Masoud Barzani
IMG reb 2003-2006 Abu Musab al-Zarqawi
IMG reb 2010-2019 Abu Bakr al-Baghdadi
IMG reb 1988-2011 Osama bin Laden; Usama bin Laden
IMG reb 2011-2022 Ayman al-Zawahiri
SYR hos 1971-2000 Hafez al-Assad; Hafez Assad
SYR hos 2000-2024 Bashar al-Assad; Bashar Assad
SYR reb 2017-2024 Ahmed al-Sharaa; Abu Mohammad al-Jolani; Abu Mohammed al-Golani
SYR hos 2025- Ahmed al-Sharaa
SYR fm 1984-2006 Farouk al-Sharaa
SYR fm 2006-2020 Walid al-Muallem; Walid Muallem
SYR fm 2020-2024 Faisal Mekdad
SYR fm 2025- Asaad al-Shaibani
SYR dm 1972-2004 Mustafa Tlass
SYR mil 2000-2024 Maher al-Assad
ISR hog 1986-1992 Yitzhak Shamir
ISR hog 1992-1995 Yitzhak Rabin
ISR hog 1995-1996 Shimon Peres
ISR fm 1992-1995 Shimon Peres
ISR fm 2001-2002 Shimon Peres
ISR hos 2007-2014 Shimon Peres
ISR hog 1996-1999 Benjamin Netanyahu; Bibi Netanyahu
ISR hog 2009-2021 Benjamin Netanyahu; Bibi Netanyahu
ISR hog 2022- Benjamin Netanyahu; Bibi Netanyahu
ISR hog 1999-2001 Ehud Barak
ISR dm 2007-2013 Ehud Barak
ISR hog 2001-2006 Ariel Sharon
ISR dm 1981-1983 Ariel Sharon
ISR hog 2006-2009 Ehud Olmert
ISR hog 2021-2022 Naftali Bennett
ISR hog 2022-2022 Yair Lapid
ISR fm 2021-2022 Yair Lapid
ISR hos 1983-1993 Chaim Herzog
ISR hos 1993-2000 Ezer Weizman
ISR hos 2000-2007 Moshe Katsav
ISR hos 2014-2021 Reuven Rivlin
ISR hos 2021- Isaac Herzog
ISR fm 1990-1992 David Levy
ISR fm 1996-1998 David Levy
ISR dm 1990-1992 Moshe Arens
ISR fm 2000-2001 Shlomo Ben-Ami
ISR fm 2003-2006 Silvan Shalom
ISR fm 2006-2009 Tzipi Livni
ISR fm 2009-2015 Avigdor Lieberman
ISR dm 2016-2018 Avigdor Lieberman
ISR fm 2023-2024 Israel Katz
ISR dm 2024- Israel Katz
ISR fm 2023-2023 Eli Cohen
ISR fm 2024- Gideon Saar; Gideon Sa'ar
ISR dm 1996-1999 Yitzhak Mordechai
ISR dm 2002-2006 Shaul Mofaz
ISR dm 2006-2007 Amir Peretz
ISR dm 2013-2016 Moshe Yaalon; Moshe Ya'alon
ISR dm 2020-2022 Benny Gantz
ISR dm 2022-2024 Yoav Gallant
ISR min 2022- Itamar Ben-Gvir; Bezalel Smotrich
ISR mil 2015-2019 Gadi Eisenkot
ISR mil 2019-2023 Aviv Kochavi
ISR mil 2023-2025 Herzi Halevi
ISR mil 2025- Eyal Zamir
PSE hos 1994-2004 Yasser Arafat; Yasir Arafat
PSE hos 2005- Mahmoud Abbas; Abu Mazen
PSE hog 2003-2006 Ahmed Qurei; Abu Ala
PSE hog 2007-2013 Salam Fayyad
PSE hog 2013-2019 Rami Hamdallah
PSE hog 2019-2024 Mohammad Shtayyeh
PSE hog 2024- Mohammad Mustafa
PSE min 1991-2020 Saeb Erekat; Saeb Erakat
PSE fm 2007-2024 Riyad al-Maliki
PSE fm 2003-2005 Nabil Shaath
PSE pty 2000- Marwan Barghouti
PSE reb 1987-2004 Ahmed Yassin; Sheikh Ahmed Yassin
PSE reb 1987-2004 Abdel Aziz al-Rantisi
PSE reb 1996-2017 Khaled Meshaal; Khaled Mashaal; Khalid Mishal
PSE reb 2006-2024 Ismail Haniyeh
PSE reb 2017-2024 Yahya Sinwar
PSE reb 2002-2024 Mohammed Deif
PSE reb 2017- Khalil al-Hayya
EGY hos 1981-2011 Hosni Mubarak
EGY hos 2011-2012 Mohamed Hussein Tantawi
EGY dm 1991-2012 Mohamed Hussein Tantawi
EGY hos 2012-2013 Mohamed Morsi; Mohammed Morsi
EGY hos 2013-2014 Adly Mansour
EGY hos 2014- Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Sisi
EGY dm 2012-2014 Abdel Fattah el-Sisi
EGY fm 1984-1991 Esmat Abdel Meguid
EGY fm 1991-2001 Amr Moussa
EGY fm 2001-2004 Ahmed Maher
EGY fm 2004-2011 Ahmed Aboul Gheit
EGY fm 2013-2014 Nabil Fahmy
EGY fm 2014-2024 Sameh Shoukry
EGY fm 2024- Badr Abdelatty
EGY spy 1993-2011 Omar Suleiman
EGY hog 2018- Mostafa Madbouly
EGY hog 2004-2011 Ahmed Nazif
JOR hos 1952-1999 King Hussein
JOR hos 1999- King Abdullah II; Abdullah II
JOR fm 2009-2017 Nasser Judeh
JOR fm 2017- Ayman Safadi
LBN hos 1989-1998 Elias Hrawi
LBN hos 1998-2007 Emile Lahoud
LBN hos 2008-2014 Michel Suleiman; Michel Sleiman
LBN hos 2016-2022 Michel Aoun
LBN hos 2025- Joseph Aoun
LBN hog 1992-1998 Rafik Hariri; Rafic Hariri
LBN hog 2000-2004 Rafik Hariri; Rafic Hariri
LBN hog 1998-2000 Selim Hoss; Salim al-Hoss
LBN hog 2005-2009 Fouad Siniora
LBN hog 2009-2011 Saad Hariri
LBN hog 2016-2020 Saad Hariri
LBN hog 2011-2014 Najib Mikati
LBN hog 2021-2025 Najib Mikati
LBN hog 2020-2020 Hassan Diab
LBN hog 2025- Nawaf Salam
LBN leg 1992- Nabih Berri
LBN reb 1992-2024 Hassan Nasrallah
LBN reb 2024- Naim Qassem
LBN pty 1977- Walid Jumblatt
LBY hos 1969-2011 Muammar Gaddafi; Muammar Qaddafi; Moammar Gadhafi; Muammar al-Gaddafi
LBY hos 1969-2011 Gaddafi; Qaddafi; Gadhafi; Kadhafi
LBY min 2000-2011 Saif al-Islam Gaddafi
LBY hos 2011-2012 Mustafa Abdul Jalil
LBY hog 2016-2021 Fayez al-Sarraj
LBY mil 2014- Khalifa Haftar
LBY hog 2021- Abdul Hamid Dbeibah
LBY hos 2021- Mohamed al-Menfi
LBY fm 2009-2011 Moussa Koussa
DZA hos 1979-1992 Chadli Bendjedid
DZA hos 1992-1992 Mohamed Boudiaf
DZA hos 1992-1994 Ali Kafi
DZA hos 1994-1999 Liamine Zeroual
DZA hos 1999-2019 Abdelaziz Bouteflika
DZA hos 2019- Abdelmadjid Tebboune
DZA hog 1995-1998 Ahmed Ouyahia
DZA hog 2003-2006 Ahmed Ouyahia
DZA hog 2017-2019 Ahmed Ouyahia
DZA hog 2014-2017 Abdelmalek Sellal
DZA fm 2013-2017 Ramtane Lamamra
DZA fm 2021-2023 Ramtane Lamamra
DZA fm 2023- Ahmed Attaf
DZA mil 2004-2019 Ahmed Gaid Salah
DZA opp 1989-1992 Abbassi Madani; Ali Belhadj
MAR hos 1961-1999 King Hassan II; Hassan II
MAR hos 1999- King Mohammed VI; Mohammed VI
MAR fm 2017- Nasser Bourita
MAR hog 2011-2017 Abdelilah Benkirane
MAR hog 2017-2021 Saadeddine Othmani; Saad Dine El Otmani
MAR hog 2021- Aziz Akhannouch
TUN hos 1987-2011 Zine El Abidine Ben Ali
TUN hos 2011-2014 Moncef Marzouki
TUN hos 2014-2019 Beji Caid Essebsi
TUN hos 2019- Kais Saied
TUN pty 1991- Rached Ghannouchi
TUN hog 1999-2011 Mohamed Ghannouchi
KWT hos 1977-2006 Jaber Al-Ahmad Al-Sabah; Jaber al-Ahmad al-Jaber al-Sabah
KWT hos 2006-2020 Sabah Al-Ahmad Al-Jaber Al-Sabah; Sabah al-Ahmad al-Sabah
KWT fm 1963-2003 Sabah Al-Ahmad Al-Jaber Al-Sabah
KWT hos 2020-2023 Nawaf Al-Ahmad Al-Jaber Al-Sabah; Nawaf al-Ahmad al-Sabah
KWT hos 2023- Mishal Al-Ahmad Al-Jaber Al-Sabah; Mishal al-Ahmad al-Sabah
ARE hos 1971-2004 Zayed bin Sultan Al Nahyan
ARE hos 2004-2022 Khalifa bin Zayed Al Nahyan
ARE hos 2022- Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed
ARE hog 2006- Mohammed bin Rashid Al Maktoum
ARE fm 2006- Abdullah bin Zayed Al Nahyan; Abdullah bin Zayed
QAT hos 1972-1995 Khalifa bin Hamad Al Thani
QAT hos 1995-2013 Hamad bin Khalifa Al Thani
QAT hos 2013- Tamim bin Hamad Al Thani; Tamim bin Hamad
QAT fm 1992-2013 Hamad bin Jassim Al Thani; Hamad bin Jassim bin Jaber Al Thani
QAT hog 2023- Mohammed bin Abdulrahman Al Thani
QAT fm 2016- Mohammed bin Abdulrahman Al Thani
BHR hos 1961-1999 Isa bin Salman Al Khalifa
BHR hos 1999- Hamad bin Isa Al Khalifa
BHR hog 1970-2020 Khalifa bin Salman Al Khalifa
BHR hog 2020- Salman bin Hamad Al Khalifa
OMN hos 1970-2020 Qaboos bin Said; Sultan Qaboos
OMN hos 2020- Haitham bin Tariq; Sultan Haitham
OMN fm 1997-2020 Yusuf bin Alawi
OMN fm 2020- Badr Albusaidi
YEM hos 1990-2012 Ali Abdullah Saleh
YEM reb 1994-1994 Ali Salem al-Beidh
YEM hos 2012-2022 Abdrabbuh Mansur Hadi; Abd Rabbuh Mansur Hadi
YEM hos 2022- Rashad al-Alimi
YEM reb 2004- Abdul-Malik al-Houthi; Abdul Malik al-Houthi

# --- Horn and East Africa
SDN hos 1989-2019 Omar al-Bashir; Omar Hassan al-Bashir; Omar Bashir
SDN hos 2019- Abdel Fattah al-Burhan
SDN hog 2019-2022 Abdalla Hamdok
SDN reb 2023- Mohamed Hamdan Dagalo; Hemedti
SDN pty 1989-2016 Hassan al-Turabi
SDN opp 1989-2020 Sadiq al-Mahdi
SDN reb 1983-2005 John Garang
SDN fm 1998-2005 Mustafa Osman Ismail
SSD hos 2011- Salva Kiir; Salva Kiir Mayardit
SSD reb 2013-2018 Riek Machar
SSD vp 2011-2013 Riek Machar
ETH hos 1977-1991 Mengistu Haile Mariam; Mengistu
ETH hog 1991-2012 Meles Zenawi
ETH hog 2012-2018 Hailemariam Desalegn
ETH hog 2018- Abiy Ahmed
ETH fm 1991-2010 Seyoum Mesfin
ETH fm 2012-2016 Tedros Adhanom
ETH reb 2019- Debretsion Gebremichael
ERI hos 1993- Isaias Afwerki; Isaias Afewerki
ERI fm 2007- Osman Saleh
SOM hos 1969-1991 Siad Barre; Mohamed Siad Barre
SOM reb 1991-1996 Mohamed Farrah Aidid; Mohamed Farah Aideed; Aideed
SOM reb 1991-1997 Ali Mahdi Mohamed
SOM hos 2000-2004 Abdiqasim Salad Hassan
SOM hos 2004-2008 Abdullahi Yusuf Ahmed
SOM hos 2009-2012 Sharif Sheikh Ahmed
SOM hos 2012-2017 Hassan Sheikh Mohamud
SOM hos 2022- Hassan Sheikh Mohamud
SOM hos 2017-2022 Mohamed Abdullahi Farmaajo; Farmaajo
KEN hos 1978-2002 Daniel arap Moi
KEN hos 2002-2013 Mwai Kibaki
KEN hos 2013-2022 Uhuru Kenyatta
KEN hos 2022- William Ruto
KEN vp 2013-2022 William Ruto
KEN opp 1997-2025 Raila Odinga
KEN hog 2008-2013 Raila Odinga
KEN vp 1989-1998 George Saitoti
KEN vp 1999-2002 George Saitoti
KEN vp 2002-2002 Musalia Mudavadi
KEN vp 2003-2003 Michael Wamalwa; Kijana Wamalwa
KEN vp 2003-2008 Moody Awori
KEN vp 2008-2013 Kalonzo Musyoka
KEN vp 2022-2024 Rigathi Gachagua
KEN fm 2013-2018 Amina Mohamed
UGA hos 1986- Yoweri Museveni
UGA opp 2001- Kizza Besigye
UGA opp 2017- Bobi Wine; Robert Kyagulanyi
UGA reb 1987- Joseph Kony
UGA fm 2005-2021 Sam Kutesa
UGA vp 1994-2003 Specioza Kazibwe
UGA vp 2003-2011 Gilbert Bukenya
UGA mil 2024- Muhoozi Kainerugaba
TZA hos 1961-1985 Julius Nyerere
TZA hos 1985-1995 Ali Hassan Mwinyi
TZA hos 1995-2005 Benjamin Mkapa
TZA hos 2005-2015 Jakaya Kikwete
TZA hos 2015-2021 John Magufuli
TZA hos 2021- Samia Suluhu Hassan; Samia Suluhu
RWA hos 1973-1994 Juvenal Habyarimana
RWA hos 1994-2000 Pasteur Bizimungu
RWA hos 2000- Paul Kagame
RWA vp 1994-2000 Paul Kagame
RWA mil 1990-1994 Theoneste Bagosora
RWA fm 2009-2018 Louise Mushikiwabo
RWA fm 2024- Olivier Nduhungirehe
BDI hos 1987-1993 Pierre Buyoya
BDI hos 1996-2003 Pierre Buyoya
BDI hos 1993-1993 Melchior Ndadaye
BDI hos 1994-1994 Cyprien Ntaryamira
BDI hos 1994-1996 Sylvestre Ntibantunganya
BDI hos 2003-2005 Domitien Ndayizeye
BDI hos 2005-2020 Pierre Nkurunziza
BDI hos 2020- Evariste Ndayishimiye
DJI hos 1999- Ismail Omar Guelleh
GNQ hos 1979- Teodoro Obiang Nguema Mbasogo; Teodoro Obiang
GNB hos 2020-2025 Umaro Sissoco Embalo
COM hos 2016- Azali Assoumani

# --- Central, Southern and West Africa
COD hos 1965-1997 Mobutu Sese Seko; Mobutu
COD hos 1997-2001 Laurent-Desire Kabila; Laurent Kabila
COD hos 2001-2019 Joseph Kabila
COD hos 2019- Felix Tshisekedi
COD opp 1990-2017 Etienne Tshisekedi
COD reb 1998-2003 Jean-Pierre Bemba
COD reb 2006-2009 Laurent Nkunda
COD reb 2012- Sultani Makenga
COD reb 2023- Corneille Nangaa
COG hos 1997- Denis Sassou Nguesso; Denis Sassou-Nguesso
COG hos 1992-1997 Pascal Lissouba
AGO hos 1979-2017 Jose Eduardo dos Santos; Eduardo dos Santos
AGO hos 2017- Joao Lourenco
AGO reb 1966-2002 Jonas Savimbi
MOZ hos 1986-2005 Joaquim Chissano
MOZ hos 2005-2015 Armando Guebuza
MOZ hos 2015-2025 Filipe Nyusi
MOZ hos 2025- Daniel Chapo
MOZ reb 1979-2018 Afonso Dhlakama
ZWE hos 1980-2017 Robert Mugabe
ZWE hos 2017- Emmerson Mnangagwa
ZWE opp 1999-2018 Morgan Tsvangirai
ZWE hog 2009-2013 Morgan Tsvangirai
ZWE opp 2018- Nelson Chamisa
ZWE vp 2017- Constantino Chiwenga
ZMB hos 1964-1991 Kenneth Kaunda
ZMB hos 1991-2002 Frederick Chiluba
ZMB hos 2002-2008 Levy Mwanawasa
ZMB hos 2008-2011 Rupiah Banda
ZMB hos 2011-2014 Michael Sata
ZMB hos 2015-2021 Edgar Lungu
ZMB hos 2021- Hakainde Hichilema
MWI hos 1964-1994 Hastings Banda; Hastings Kamuzu Banda
MWI hos 1994-2004 Bakili Muluzi
MWI hos 2004-2012 Bingu wa Mutharika
MWI hos 2012-2014 Joyce Banda
MWI hos 2014-2020 Peter Mutharika
MWI hos 2025- Peter Mutharika
MWI hos 2020-2025 Lazarus Chakwera
NAM hos 1990-2005 Sam Nujoma
NAM hos 2005-2015 Hifikepunye Pohamba
NAM hos 2015-2024 Hage Geingob
NAM hos 2025- Netumbo Nandi-Ndaitwah
BWA hos 1998-2008 Festus Mogae
BWA hos 2008-2018 Ian Khama
BWA hos 2018-2024 Mokgweetsi Masisi
BWA hos 2024- Duma Boko
MDG hos 2002-2009 Marc Ravalomanana
MDG hos 2009-2014 Andry Rajoelina
MDG hos 2019-2025 Andry Rajoelina
SWZ hos 1986- King Mswati III; Mswati III
LSO hos 1996- King Letsie III; Letsie III
NGA hos 1985-1993 Ibrahim Babangida
NGA hos 1993-1993 Ernest Shonekan
NGA hos 1993-1998 Sani Abacha
NGA hos 1998-1999 Abdulsalami Abubakar
NGA hos 1999-2007 Olusegun Obasanjo
NGA hos 2007-2010 Umaru Musa Yar'Adua; Umaru Yar'Adua
NGA hos 2010-2015 Goodluck Jonathan
NGA hos 2015-2023 Muhammadu Buhari
NGA hos 2023- Bola Tinubu; Bola Ahmed Tinubu
NGA vp 1999-2007 Atiku Abubakar
NGA vp 2015-2023 Yemi Osinbajo
NGA vp 2023- Kashim Shettima
NGA opp 1993-1998 Moshood Abiola; M. K. O. Abiola
NGA fm 2015-2023 Geoffrey Onyeama
NGA reb 2009-2021 Abubakar Shekau
NGA reb 2015- Nnamdi Kanu
GHA hos 1981-2001 Jerry Rawlings
GHA hos 2001-2009 John Kufuor
GHA hos 2009-2012 John Atta Mills
GHA hos 2012-2017 John Mahama; John Dramani Mahama
GHA hos 2025- John Mahama; John Dramani Mahama
GHA hos 2017-2025 Nana Akufo-Addo
CIV hos 1960-1993 Felix Houphouet-Boigny
CIV hos 1993-1999 Henri Konan Bedie
CIV hos 1999-2000 Robert Guei
CIV hos 2000-2011 Laurent Gbagbo
CIV hos 2011- Alassane Ouattara
CIV hog 1990-1993 Alassane Ouattara
CIV reb 2002-2007 Guillaume Soro
SEN hos 1981-2000 Abdou Diouf
SEN hos 2000-2012 Abdoulaye Wade
SEN hos 2012-2024 Macky Sall
SEN hos 2024- Bassirou Diomaye Faye
SEN hog 2024- Ousmane Sonko
MLI hos 1968-1991 Moussa Traore
MLI hos 1992-2002 Alpha Oumar Konare
MLI hos 2002-2012 Amadou Toumani Toure
MLI hos 2013-2020 Ibrahim Boubacar Keita
MLI hos 2021- Assimi Goita
BFA hos 1987-2014 Blaise Compaore
BFA hos 2015-2022 Roch Marc Christian Kabore
BFA hos 2022- Ibrahim Traore
NER hos 1999-2010 Mamadou Tandja
NER hos 2011-2021 Mahamadou Issoufou
NER hos 2021-2023 Mohamed Bazoum
NER hos 2023- Abdourahamane Tchiani
TCD hos 1982-1990 Hissene Habre
TCD hos 1990-2021 Idriss Deby
TCD hos 2021- Mahamat Deby; Mahamat Idriss Deby
CMR hos 1982- Paul Biya
CAF hos 1993-2003 Ange-Felix Patasse
CAF hos 2003-2013 Francois Bozize
CAF hos 2013-2014 Michel Djotodia
CAF hos 2016- Faustin-Archange Touadera
GAB hos 1967-2009 Omar Bongo
GAB hos 2009-2023 Ali Bongo
GAB hos 2023- Brice Oligui Nguema
GIN hos 1984-2008 Lansana Conte
GIN hos 2008-2009 Moussa Dadis Camara
GIN hos 2010-2021 Alpha Conde
GIN hos 2021- Mamady Doumbouya
LBR hos 1980-1990 Samuel Doe
LBR reb 1989-1997 Charles Taylor; Charles Ghankay Taylor
LBR hos 1997-2003 Charles Taylor; Charles Ghankay Taylor
LBR reb 1990-1990 Prince Johnson; Prince Yormie Johnson
LBR hos 1990-1994 Amos Sawyer
LBR hos 2006-2018 Ellen Johnson Sirleaf; Johnson Sirleaf
LBR hos 2018-2024 George Weah
LBR hos 2024- Joseph Boakai
SLE hos 1985-1992 Joseph Momoh
SLE hos 1992-1996 Valentine Strasser
SLE hos 1996-1997 Ahmad Tejan Kabbah; Tejan Kabbah
SLE hos 1998-2007 Ahmad Tejan Kabbah; Tejan Kabbah
SLE mil 1997-1998 Johnny Paul Koroma
SLE reb 1991-2003 Foday Sankoh
SLE hos 2007-2018 Ernest Bai Koroma
SLE hos 2018- Julius Maada Bio
GMB hos 1970-1994 Dawda Jawara
GMB hos 1994-2017 Yahya Jammeh
GMB hos 2017- Adama Barrow
TGO hos 1967-2005 Gnassingbe Eyadema
TGO hos 2005- Faure Gnassingbe
BEN hos 1996-2006 Mathieu Kerekou
BEN hos 1991-1996 Nicephore Soglo
BEN hos 2006-2016 Thomas Boni Yayi; Boni Yayi
BEN hos 2016- Patrice Talon
MRT hos 1984-2005 Maaouya Ould Sid'Ahmed Taya
MRT hos 2008-2019 Mohamed Ould Abdel Aziz
MRT hos 2019- Mohamed Ould Ghazouani

# --- Americas
VEN hos 1989-1993 Carlos Andres Perez
VEN hos 1994-1999 Rafael Caldera
VEN hos 1999-2013 Hugo Chavez
VEN hos 2013- Nicolas Maduro
VEN fm 2006-2013 Nicolas Maduro
VEN opp 2019-2023 Juan Guaido
VEN opp 2012-2019 Henrique Capriles
VEN opp 2014- Leopoldo Lopez
VEN opp 2023- Maria Corina Machado
VEN opp 2024- Edmundo Gonzalez Urrutia
VEN vp 2018- Delcy Rodriguez
VEN dm 2014- Vladimir Padrino Lopez
COL hos 1986-1990 Virgilio Barco
COL hos 1990-1994 Cesar Gaviria
COL hos 1994-1998 Ernesto Samper
COL hos 1998-2002 Andres Pastrana
COL hos 2002-2010 Alvaro Uribe
COL hos 2010-2018 Juan Manuel Santos
COL dm 2006-2009 Juan Manuel Santos
COL hos 2018-2022 Ivan Duque
COL hos 2022- Gustavo Petro
COL reb 1964-2008 Manuel Marulanda; Tirofijo
COL reb 1990-2008 Raul Reyes
COL reb 2008-2011 Alfonso Cano
COL reb 2011-2017 Rodrigo Londono; Timochenko; Timoleon Jimenez
COL reb 2019- Ivan Marquez
COL crm 1976-1993 Pablo Escobar
PER hos 1985-1990 Alan Garcia
PER hos 2006-2011 Alan Garcia
PER hos 1990-2000 Alberto Fujimori
PER hos 2000-2001 Valentin Paniagua
PER hos 2001-2006 Alejandro Toledo
PER hos 2011-2016 Ollanta Humala
PER hos 2016-2018 Pedro Pablo Kuczynski
PER hos 2018-2020 Martin Vizcarra
PER hos 2020-2021 Francisco Sagasti
PER hos 2021-2022 Pedro Castillo
PER hos 2022-2025 Dina Boluarte
PER reb 1980-1992 Abimael Guzman
PER spy 1990-2000 Vladimiro Montesinos
PER opp 2011- Keiko Fujimori
CHL mil 1973-1998 Augusto Pinochet
CHL hos 1990-1994 Patricio Aylwin
CHL hos 1994-2000 Eduardo Frei; Eduardo Frei Ruiz-Tagle
CHL hos 2000-2006 Ricardo Lagos
CHL hos 2006-2010 Michelle Bachelet
CHL hos 2014-2018 Michelle Bachelet
CHL hos 2010-2014 Sebastian Pinera
CHL hos 2018-2022 Sebastian Pinera
CHL hos 2022- Gabriel Boric
BOL hos 1989-1993 Jaime Paz Zamora
BOL hos 1993-1997 Gonzalo Sanchez de Lozada
BOL hos 2002-2003 Gonzalo Sanchez de Lozada
BOL hos 1997-2001 Hugo Banzer
BOL hos 2003-2005 Carlos Mesa
BOL hos 2006-2019 Evo Morales
BOL hos 2019-2020 Jeanine Anez
BOL hos 2020-2025 Luis Arce
BOL hos 2025- Rodrigo Paz
ECU hos 1996-1997 Abdala Bucaram
ECU hos 1998-2000 Jamil Mahuad
ECU hos 2003-2005 Lucio Gutierrez
ECU hos 2007-2017 Rafael Correa
ECU hos 2017-2021 Lenin Moreno
ECU hos 2021-2023 Guillermo Lasso
ECU hos 2023- Daniel Noboa
CUB hos 1959-2008 Fidel Castro
CUB hos 2008-2018 Raul Castro
CUB dm 1959-2008 Raul Castro
CUB hos 2018- Miguel Diaz-Canel
CUB fm 1999-2009 Felipe Perez Roque
CUB fm 2009- Bruno Rodriguez
CUB leg 1993-2013 Ricardo Alarcon
NIC hos 1985-1990 Daniel Ortega
NIC hos 2007- Daniel Ortega
NIC hos 1990-1997 Violeta Chamorro; Violeta Barrios de Chamorro
NIC hos 1997-2002 Arnoldo Aleman
NIC hos 2002-2007 Enrique Bolanos
NIC vp 2017- Rosario Murillo
SLV hos 1989-1994 Alfredo Cristiani
SLV hos 2009-2014 Mauricio Funes
SLV hos 2014-2019 Salvador Sanchez Ceren
SLV hos 2019- Nayib Bukele
GTM hos 1993-1996 Ramiro de Leon Carpio
GTM hos 1996-2000 Alvaro Arzu
GTM hos 2008-2012 Alvaro Colom
GTM hos 2012-2015 Otto Perez Molina
GTM hos 2016-2020 Jimmy Morales
GTM hos 2020-2024 Alejandro Giammattei
GTM hos 2024- Bernardo Arevalo
HND hos 2006-2009 Manuel Zelaya
HND hos 2010-2014 Porfirio Lobo
HND hos 2014-2022 Juan Orlando Hernandez
HND hos 2022- Xiomara Castro
PAN mil 1983-1990 Manuel Noriega; Manuel Antonio Noriega
PAN hos 1989-1994 Guillermo Endara
PAN hos 2009-2014 Ricardo Martinelli
PAN hos 2019-2024 Laurentino Cortizo
PAN hos 2024- Jose Raul Mulino
HTI hos 1988-1990 Prosper Avril
HTI hos 1990-1991 Ertha Pascal-Trouillot
HTI hos 1991-1991 Jean-Bertrand Aristide
HTI hos 1994-1996 Jean-Bertrand Aristide
HTI hos 2001-2004 Jean-Bertrand Aristide
HTI mil 1991-1994 Raoul Cedras
HTI hos 1996-2001 Rene Preval
HTI hos 2006-2011 Rene Preval
HTI hos 2011-2016 Michel Martelly
HTI hos 2017-2021 Jovenel Moise
HTI hog 2021-2024 Ariel Henry
HTI crm 2018- Jimmy Cherizier
DOM hos 1986-1996 Joaquin Balaguer
DOM hos 1996-2000 Leonel Fernandez
DOM hos 2004-2012 Leonel Fernandez
DOM hos 2012-2020 Danilo Medina
DOM hos 2020- Luis Abinader
JAM hog 1992-2006 P. J. Patterson
JAM hog 2016- Andrew Holness
TTO hog 1991-1995 Patrick Manning
TTO hog 2001-2010 Patrick Manning
TTO hog 1995-2001 Basdeo Panday
TTO hog 2010-2015 Kamla Persad-Bissessar
TTO hog 2025- Kamla Persad-Bissessar
TTO hog 2015-2025 Keith Rowley
TTO reb 1990-1990 Yasin Abu Bakr
URY hos 2010-2015 Jose Mujica
URY hos 2005-2010 Tabare Vazquez
URY hos 2015-2020 Tabare Vazquez
URY hos 2020-2025 Luis Lacalle Pou
URY hos 2025- Yamandu Orsi
PRY hos 2008-2012 Fernando Lugo
PRY hos 2013-2018 Horacio Cartes
PRY hos 2018-2023 Mario Abdo Benitez
PRY hos 2023- Santiago Pena

# --- Europe
UKR hos 1991-1994 Leonid Kravchuk
UKR hos 1994-2005 Leonid Kuchma
UKR hos 2005-2010 Viktor Yushchenko
UKR hos 2010-2014 Viktor Yanukovych
UKR hos 2014-2019 Petro Poroshenko
UKR hos 2019- Volodymyr Zelensky; Volodymyr Zelenskyy; Zelenskiy
UKR hog 2005-2005 Yulia Tymoshenko
UKR hog 2007-2010 Yulia Tymoshenko
UKR hog 2014-2016 Arseniy Yatsenyuk
UKR hog 2016-2019 Volodymyr Groysman
UKR hog 2020-2025 Denys Shmyhal
UKR dm 2025- Denys Shmyhal
UKR hog 2025- Yulia Svyrydenko
UKR fm 2014-2019 Pavlo Klimkin
UKR fm 2020-2024 Dmytro Kuleba
UKR fm 2024- Andrii Sybiha
UKR dm 2021-2023 Oleksii Reznikov
UKR dm 2023-2025 Rustem Umerov
UKR mil 2021-2024 Valerii Zaluzhnyi
UKR mil 2024- Oleksandr Syrskyi
UKR spy 2020- Kyrylo Budanov
UKR min 2020-2025 Andriy Yermak
BLR hos 1994- Alexander Lukashenko; Alyaksandr Lukashenka
BLR opp 2020- Sviatlana Tsikhanouskaya
POL hos 1990-1995 Lech Walesa
POL hos 1995-2005 Aleksander Kwasniewski
POL hos 2005-2010 Lech Kaczynski
POL hos 2010-2015 Bronislaw Komorowski
POL hos 2015-2025 Andrzej Duda
POL hos 2025- Karol Nawrocki
POL hog 1989-1991 Tadeusz Mazowiecki
POL hog 2006-2007 Jaroslaw Kaczynski
POL hog 2007-2014 Donald Tusk
POL hog 2023- Donald Tusk
POL hog 2015-2017 Beata Szydlo
POL hog 2017-2023 Mateusz Morawiecki
POL fm 2007-2014 Radoslaw Sikorski
POL fm 2023- Radoslaw Sikorski
CZE hos 1989-2003 Vaclav Havel
CZE hos 2003-2013 Vaclav Klaus
CZE hog 1992-1997 Vaclav Klaus
CZE hos 2013-2023 Milos Zeman
CZE hos 2023- Petr Pavel
CZE hog 2017-2021 Andrej Babis
CZE hog 2025- Andrej Babis
CZE hog 2021-2025 Petr Fiala
SVK hog 1992-1998 Vladimir Meciar
SVK hog 2006-2010 Robert Fico
SVK hog 2012-2018 Robert Fico
SVK hog 2023- Robert Fico
SVK hos 2019-2024 Zuzana Caputova
HUN hog 1990-1993 Jozsef Antall
HUN hog 1994-1998 Gyula Horn
HUN hog 1998-2002 Viktor Orban
HUN hog 2010- Viktor Orban
HUN hog 2004-2009 Ferenc Gyurcsany
HUN hos 1990-2000 Arpad Goncz
HUN fm 2014- Peter Szijjarto
ROU hos 1989-1996 Ion Iliescu
ROU hos 2000-2004 Ion Iliescu
ROU hos 1996-2000 Emil Constantinescu
ROU hos 2004-2014 Traian Basescu
ROU hos 2014-2025 Klaus Iohannis
ROU hos 2025- Nicusor Dan
ROU hog 1989-1991 Petre Roman
ROU hog 2000-2004 Adrian Nastase
BGR hos 1990-1997 Zhelyu Zhelev
BGR hos 2002-2012 Georgi Parvanov
BGR hos 2017- Rumen Radev
BGR hog 2001-2005 Simeon Saxe-Coburg-Gotha
BGR hog 2009-2021 Boyko Borisov
SRB hos 1989-1997 Slobodan Milosevic
SRB hos 1997-2000 Slobodan Milosevic
SRB hos 2000-2003 Vojislav Kostunica
SRB hog 2004-2008 Vojislav Kostunica
SRB hog 2001-2003 Zoran Djindjic
SRB hos 2004-2012 Boris Tadic
SRB hos 2012-2017 Tomislav Nikolic
SRB hog 2014-2017 Aleksandar Vucic
SRB hos 2017- Aleksandar Vucic
SRB hog 2012-2014 Ivica Dacic
SRB fm 2014-2020 Ivica Dacic
SRB hos 1997-2002 Milan Milutinovic
SRB hos 1992-1993 Dobrica Cosic
SRB hog 1992-1993 Milan Panic
SRB pty 1991- Vojislav Seselj
SRB pty 1990-2004 Vuk Draskovic
SRB hog 2017-2024 Ana Brnabic
BIH reb 1992-1996 Radovan Karadzic
BIH mil 1992-1996 Ratko Mladic
BIH reb 1992-1996 Biljana Plavsic; Momcilo Krajisnik
BIH gov 2006- Milorad Dodik
BIH hos 1990-2000 Alija Izetbegovic
BIH hog 1996-2000 Haris Silajdzic
BIH reb 1992-1994 Mate Boban
HRV reb 1991-1995 Milan Babic; Milan Martic
HRV hos 1990-1999 Franjo Tudjman; Franjo Tudman
HRV hos 2000-2010 Stjepan Mesic
HRV hos 2010-2015 Ivo Josipovic
HRV hos 2015-2020 Kolinda Grabar-Kitarovic
HRV hos 2020- Zoran Milanovic
HRV hog 2003-2009 Ivo Sanader
HRV hog 2016- Andrej Plenkovic
HRV fm 1993-2000 Mate Granic
HRV dm 1991-1998 Gojko Susak
MKD hos 1991-1999 Kiro Gligorov
MKD hos 1999-2004 Boris Trajkovski
MKD hos 2009-2019 Gjorge Ivanov
MKD hos 2019-2024 Stevo Pendarovski
MKD hog 2006-2016 Nikola Gruevski
MKD hog 2017-2022 Zoran Zaev
MKD hog 2024- Hristijan Mickoski
MKD reb 2001-2001 Ali Ahmeti
MNE hos 1991-2023 Milo Djukanovic; Milo Dukanovic
SVN hos 1990-2002 Milan Kucan
SVN hog 2004-2008 Janez Jansa
SVN hog 2012-2013 Janez Jansa
SVN hog 2020-2022 Janez Jansa
SVN hog 2022- Robert Golob
SRB opp 1992-2006 Ibrahim Rugova
SRB reb 1998-1999 Hashim Thaci
XKX hog 2008-2014 Hashim Thaci
XKX hos 2016-2020 Hashim Thaci
XKX hog 2017-2020 Ramush Haradinaj
XKX hog 2021- Albin Kurti
XKX hos 2021- Vjosa Osmani
ALB hos 1985-1992 Ramiz Alia
ALB hos 1992-1997 Sali Berisha
ALB hog 2005-2013 Sali Berisha
ALB hog 1997-1998 Fatos Nano
ALB hog 2002-2005 Fatos Nano
ALB hog 2013- Edi Rama
GRC hog 1990-1993 Konstantinos Mitsotakis; Constantine Mitsotakis
GRC hog 1993-1996 Andreas Papandreou
GRC hog 1996-2004 Costas Simitis; Kostas Simitis
GRC hog 2004-2009 Kostas Karamanlis; Costas Karamanlis
GRC hog 2009-2011 George Papandreou
GRC fm 1999-2004 George Papandreou
GRC hog 2011-2012 Lucas Papademos
GRC hog 2012-2015 Antonis Samaras
GRC hog 2015-2019 Alexis Tsipras
GRC hog 2019- Kyriakos Mitsotakis
GRC fm 2019-2023 Nikos Dendias
GRC dm 2023- Nikos Dendias
GRC fm 2006-2009 Dora Bakoyannis
CYP hos 1993-2003 Glafcos Clerides
CYP hos 2003-2008 Tassos Papadopoulos
CYP hos 2008-2013 Demetris Christofias
CYP hos 2013-2023 Nicos Anastasiades
CYP hos 2023- Nikos Christodoulides
CYP gov 1983-2005 Rauf Denktash; Rauf Denktas
CYP gov 2005-2010 Mehmet Ali Talat
CYP gov 2020-2025 Ersin Tatar
ESP hog 1982-1996 Felipe Gonzalez
ESP hog 1996-2004 Jose Maria Aznar
ESP hog 2004-2011 Jose Luis Rodriguez Zapatero; Zapatero
ESP hog 2011-2018 Mariano Rajoy
ESP hog 2018- Pedro Sanchez
ESP hos 1975-2014 King Juan Carlos; Juan Carlos I
ESP hos 2014- King Felipe VI; Felipe VI
ESP fm 1992-1995 Javier Solana
ESP fm 2004-2010 Miguel Angel Moratinos
ESP fm 2018-2019 Josep Borrell
ESP fm 2021- Jose Manuel Albares
ESP dm 2018- Margarita Robles
ESP gov 2016-2017 Carles Puigdemont
PRT hog 1985-1995 Anibal Cavaco Silva
PRT hos 2006-2016 Anibal Cavaco Silva
PRT hog 1995-2002 Antonio Guterres
PRT hog 2002-2004 Jose Manuel Barroso; Jose Manuel Durao Barroso
PRT hog 2005-2011 Jose Socrates
PRT hog 2011-2015 Pedro Passos Coelho
PRT hog 2015-2024 Antonio Costa
PRT hog 2024- Luis Montenegro
PRT hos 1986-1996 Mario Soares
PRT hos 1996-2006 Jorge Sampaio
PRT hos 2016- Marcelo Rebelo de Sousa
NLD hog 1982-1994 Ruud Lubbers
NLD hog 1994-2002 Wim Kok
NLD hog 2002-2010 Jan Peter Balkenende
NLD hog 2010-2024 Mark Rutte
NLD hog 2024- Dick Schoof
NLD hos 1980-2013 Queen Beatrix
NLD hos 2013- King Willem-Alexander
NLD fm 2002-2003 Jaap de Hoop Scheffer
NLD pty 2006- Geert Wilders
BEL hog 1981-1992 Wilfried Martens
BEL hog 1992-1999 Jean-Luc Dehaene
BEL hog 1999-2008 Guy Verhofstadt
BEL hog 2008-2009 Herman Van Rompuy
BEL hog 2014-2019 Charles Michel
BEL hog 2020-2025 Alexander De Croo
BEL hog 2025- Bart De Wever
BEL hos 1993-2013 King Albert II
BEL hos 2013- King Philippe
AUT hog 1986-1997 Franz Vranitzky
AUT hog 2000-2007 Wolfgang Schuessel; Wolfgang Schussel
AUT hog 2017-2021 Sebastian Kurz
AUT hog 2021-2025 Karl Nehammer
AUT hos 1986-1992 Kurt Waldheim
AUT hos 1992-2004 Thomas Klestil
AUT hos 2004-2016 Heinz Fischer
AUT hos 2017- Alexander Van der Bellen
AUT pty 1986-2008 Joerg Haider; Jorg Haider
CHE fm 2017- Ignazio Cassis
CHE fm 2003-2011 Micheline Calmy-Rey
LUX hog 1995-2013 Jean-Claude Juncker
LUX hog 2013-2023 Xavier Bettel
SWE hog 1991-1994 Carl Bildt
SWE fm 2006-2014 Carl Bildt
SWE hog 1996-2006 Goran Persson
SWE hog 2006-2014 Fredrik Reinfeldt
SWE hog 2014-2021 Stefan Lofven
SWE hog 2021-2022 Magdalena Andersson
SWE hog 2022- Ulf Kristersson
SWE fm 1998-2003 Anna Lindh
SWE fm 2014-2019 Margot Wallstrom
NOR hog 1990-1996 Gro Harlem Brundtland
NOR hog 2005-2013 Jens Stoltenberg
NOR hog 2013-2021 Erna Solberg
NOR hog 2021- Jonas Gahr Store
NOR fm 2005-2012 Jonas Gahr Store
DNK hog 1993-2001 Poul Nyrup Rasmussen
DNK hog 2001-2009 Anders Fogh Rasmussen
DNK hog 2009-2011 Lars Lokke Rasmussen
DNK hog 2015-2019 Lars Lokke Rasmussen
DNK fm 2022- Lars Lokke Rasmussen
DNK hog 2011-2015 Helle Thorning-Schmidt
DNK hog 2019- Mette Frederiksen
FIN hos 1982-1994 Mauno Koivisto
FIN hos 1994-2000 Martti Ahtisaari
FIN hos 2000-2012 Tarja Halonen
FIN hos 2012-2024 Sauli Niinisto
FIN hos 2024- Alexander Stubb
FIN hog 2019-2023 Sanna Marin
FIN hog 2023- Petteri Orpo
IRL hog 1987-1992 Charles Haughey
IRL hog 1992-1994 Albert Reynolds
IRL hog 1994-1997 John Bruton
IRL hog 1997-2008 Bertie Ahern
IRL hog 2008-2011 Brian Cowen
IRL hog 2011-2017 Enda Kenny
IRL hog 2017-2020 Leo Varadkar
IRL hog 2022-2024 Leo Varadkar
IRL hog 2020-2022 Micheal Martin
IRL hog 2025- Micheal Martin
IRL hog 2024-2025 Simon Harris
IRL hos 1990-1997 Mary Robinson
IRL hos 1997-2011 Mary McAleese
IRL hos 2011-2025 Michael D. Higgins
EST hog 2021-2024 Kaja Kallas
LTU hos 1990-1992 Vytautas Landsbergis
LTU hos 2009-2019 Dalia Grybauskaite
LTU hos 2019- Gitanas Nauseda
VAT hos 1978-2005 Pope John Paul II; John Paul II
VAT hos 2005-2013 Pope Benedict XVI; Pope Benedict; Benedict XVI
VAT hos 2013-2025 Pope Francis
VAT hos 2025- Pope Leo XIV; Leo XIV
VAT min 2013- Pietro Parolin

# --- Caucasus and Central Asia
GEO hos 1991-1992 Zviad Gamsakhurdia
GEO hos 1992-2003 Eduard Shevardnadze
GEO hos 2004-2013 Mikheil Saakashvili; Mikhail Saakashvili
GEO hos 2018-2024 Salome Zourabichvili
GEO hos 2024- Mikheil Kavelashvili
GEO pty 2012- Bidzina Ivanishvili
GEO hog 2024- Irakli Kobakhidze
ARM hos 1991-1998 Levon Ter-Petrosyan
ARM hos 1998-2008 Robert Kocharyan
ARM hos 2008-2018 Serzh Sargsyan
ARM hog 2018- Nikol Pashinyan
AZE hos 1993-2003 Heydar Aliyev
AZE hos 2003- Ilham Aliyev
AZE hos 1992-1993 Abulfaz Elchibey
KAZ hos 1990-2019 Nursultan Nazarbayev
KAZ hos 2019- Kassym-Jomart Tokayev
UZB hos 1990-2016 Islam Karimov
UZB hos 2016- Shavkat Mirziyoyev
TKM hos 1990-2006 Saparmurat Niyazov
TKM hos 2006-2022 Gurbanguly Berdimuhamedow; Gurbanguly Berdymukhammedov
TKM hos 2022- Serdar Berdimuhamedow
TJK hos 1992- Emomali Rahmon; Emomali Rakhmonov
KGZ hos 1990-2005 Askar Akayev
KGZ hos 2005-2010 Kurmanbek Bakiyev
KGZ hos 2021- Sadyr Japarov
MDA hos 2020- Maia Sandu

# --- South Asia
PAK hog 1988-1990 Benazir Bhutto
PAK hog 1993-1996 Benazir Bhutto
PAK hog 1990-1993 Nawaz Sharif
PAK hog 1997-1999 Nawaz Sharif
PAK hog 2013-2017 Nawaz Sharif
PAK hos 1999-2008 Pervez Musharraf
PAK hog 2008-2012 Yousaf Raza Gilani
PAK hos 2008-2013 Asif Ali Zardari
PAK hos 2024- Asif Ali Zardari
PAK hog 2018-2022 Imran Khan
PAK hog 2022- Shehbaz Sharif; Shahbaz Sharif
PAK hos 1988-1993 Ghulam Ishaq Khan
PAK hos 1993-1997 Farooq Leghari
PAK hos 2018-2023 Arif Alvi
PAK mil 2007-2013 Ashfaq Parvez Kayani
PAK mil 2013-2016 Raheel Sharif
PAK mil 2016-2022 Qamar Javed Bajwa
PAK mil 2022- Asim Munir
PAK fm 2002-2007 Khurshid Mahmud Kasuri
PAK fm 2008-2011 Shah Mehmood Qureshi
PAK fm 2018-2022 Shah Mehmood Qureshi
PAK fm 2011-2013 Hina Rabbani Khar
PAK fm 2022-2023 Bilawal Bhutto Zardari
PAK fm 2024- Ishaq Dar
PAK dm 2024- Khawaja Asif
AFG hos 1987-1992 Mohammad Najibullah; Najibullah
AFG hos 1992-2001 Burhanuddin Rabbani
AFG reb 1977-2016 Gulbuddin Hekmatyar
AFG reb 1996-2001 Ahmad Shah Massoud
AFG reb 1992-2001 Abdul Rashid Dostum
AFG reb 1994-2013 Mohammad Omar; Mullah Omar; Mullah Mohammad Omar
AFG hos 2001-2014 Hamid Karzai
AFG hos 2014-2021 Ashraf Ghani
AFG fm 2001-2006 Abdullah Abdullah
AFG reb 2016-2021 Hibatullah Akhundzada
AFG hos 2021- Hibatullah Akhundzada
AFG reb 2007-2021 Zabihullah Mujahid
AFG min 2021- Zabihullah Mujahid
AFG fm 2021- Amir Khan Muttaqi
AFG reb 2001-2021 Sirajuddin Haqqani; Abdul Ghani Baradar
BGD hos 1983-1990 Hussain Muhammad Ershad
BGD hog 1991-1996 Khaleda Zia
BGD hog 2001-2006 Khaleda Zia
BGD hog 1996-2001 Sheikh Hasina
BGD hog 2009-2024 Sheikh Hasina
BGD hog 2024- Muhammad Yunus
LKA hos 1989-1993 Ranasinghe Premadasa
LKA hos 1994-2005 Chandrika Kumaratunga
LKA hos 2005-2015 Mahinda Rajapaksa
LKA hos 2015-2019 Maithripala Sirisena
LKA hos 2019-2022 Gotabaya Rajapaksa
LKA hos 2022-2024 Ranil Wickremesinghe
LKA hos 2024- Anura Kumara Dissanayake
LKA reb 1976-2009 Velupillai Prabhakaran
LKA fm 1994-2005 Lakshman Kadirgamar
NPL hos 1972-2001 King Birendra
NPL hos 2001-2008 King Gyanendra
NPL hog 2008-2009 Pushpa Kamal Dahal; Prachanda
NPL hog 2016-2017 Pushpa Kamal Dahal; Prachanda
NPL hog 2022-2024 Pushpa Kamal Dahal; Prachanda
NPL hog 2015-2016 K. P. Sharma Oli
NPL hog 2018-2021 K. P. Sharma Oli
NPL hog 2024-2025 K. P. Sharma Oli
NPL hog 2021-2022 Sher Bahadur Deuba
NPL hog 2006-2008 Girija Prasad Koirala
MDV hos 2008-2012 Mohamed Nasheed
MDV hos 2013-2018 Abdulla Yameen
MDV hos 2018-2023 Ibrahim Mohamed Solih
MDV hos 2023- Mohamed Muizzu

# --- East and South-East Asia
MMR mil 1992-2011 Than Shwe
MMR hog 1997-2004 Khin Nyunt
MMR hos 2011-2016 Thein Sein
MMR opp 1988-2016 Aung San Suu Kyi
MMR gov 2016-2021 Aung San Suu Kyi
MMR mil 2011- Min Aung Hlaing
THA hog 2001-2006 Thaksin Shinawatra
THA hog 2011-2014 Yingluck Shinawatra
THA hog 2024-2025 Paetongtarn Shinawatra
THA hog 2008-2011 Abhisit Vejjajiva
THA hog 2014-2023 Prayut Chan-o-cha; Prayuth Chan-ocha
THA hog 2023-2024 Srettha Thavisin
THA hog 2025- Anutin Charnvirakul
THA hog 1992-1995 Chuan Leekpai
THA hog 1997-2001 Chuan Leekpai
THA hos 1946-2016 King Bhumibol Adulyadej
THA hos 2016- King Maha Vajiralongkorn; King Vajiralongkorn
KHM hos 1993-2004 Norodom Sihanouk; King Sihanouk
KHM hos 2004- Norodom Sihamoni; King Sihamoni
KHM hog 1985-2023 Hun Sen; Hun
KHM hog 2023- Hun Manet
KHM hog 1993-1997 Norodom Ranariddh
KHM reb 1963-1997 Pol Pot
KHM opp 1995- Sam Rainsy
VNM hog 1991-1997 Vo Van Kiet
VNM hog 1997-2006 Phan Van Khai
VNM hog 2006-2016 Nguyen Tan Dung
VNM hog 2016-2021 Nguyen Xuan Phuc
VNM hog 2021- Pham Minh Chinh
VNM hos 2011-2024 Nguyen Phu Trong
VNM hos 2024- To Lam
VNM hos 1991-1997 Do Muoi
LAO hos 2006-2016 Choummaly Sayasone
LAO hos 2016-2021 Bounnhang Vorachith
LAO hos 2021- Thongloun Sisoulith
LAO hog 2016-2021 Thongloun Sisoulith
LAO hog 2022- Sonexay Siphandone
BRN hos 1967- Hassanal Bolkiah; Sultan Hassanal Bolkiah
MNG hos 2021- Ukhnaagiin Khurelsukh
PNG hog 2019- James Marape
MYS hog 1981-2003 Mahathir Mohamad; Mahathir
MYS hog 2018-2020 Mahathir Mohamad; Mahathir
MYS hog 2003-2009 Abdullah Ahmad Badawi
MYS hog 2009-2018 Najib Razak; Najib
MYS hog 2020-2021 Muhyiddin Yassin
MYS hog 2022- Anwar Ibrahim
MYS opp 1998-2022 Anwar Ibrahim
SGP hog 1959-1990 Lee Kuan Yew
SGP hog 1990-2004 Goh Chok Tong
SGP hog 2004-2024 Lee Hsien Loong
SGP hog 2024- Lawrence Wong
SGP fm 2015- Vivian Balakrishnan
PHL hos 1986-1992 Corazon Aquino; Cory Aquino
PHL hos 1992-1998 Fidel Ramos; Fidel V. Ramos
PHL hos 1998-2001 Joseph Estrada
PHL hos 2001-2010 Gloria Macapagal Arroyo; Gloria Arroyo
PHL hos 2010-2016 Benigno Aquino; Benigno Aquino III
PHL hos 2016-2022 Rodrigo Duterte
PHL hos 2022- Ferdinand Marcos Jr.; Bongbong Marcos
PHL vp 2022- Sara Duterte
PHL reb 1971-2001 Nur Misuari
PHL reb 2003-2019 Murad Ebrahim
PHL reb 1968-2022 Jose Maria Sison
TLS reb 1981-1999 Xanana Gusmao
TLS hos 2002-2007 Xanana Gusmao
TLS hog 2007-2015 Xanana Gusmao
TLS hog 2023- Xanana Gusmao
TLS hos 2007-2012 Jose Ramos-Horta
TLS hos 2022- Jose Ramos-Horta
TWN hos 1988-2000 Lee Teng-hui
TWN hos 2000-2008 Chen Shui-bian
TWN hos 2008-2016 Ma Ying-jeou
TWN hos 2016-2024 Tsai Ing-wen
TWN hos 2024- Lai Ching-te
HKG hog 1997-2005 Tung Chee-hwa
HKG hog 2005-2012 Donald Tsang
HKG hog 2012-2017 Leung Chun-ying
HKG hog 2017-2022 Carrie Lam
HKG hog 2022- John Lee
NZL hog 1990-1997 Jim Bolger
NZL hog 1999-2008 Helen Clark
NZL hog 2008-2016 John Key
NZL hog 2017-2023 Jacinda Ardern
NZL hog 2023- Christopher Luxon
FJI hog 1999-2000 Mahendra Chaudhry
FJI hog 2007-2022 Frank Bainimarama
FJI hog 1992-1999 Sitiveni Rabuka
FJI hog 2022- Sitiveni Rabuka
FJI reb 2000-2000 George Speight

# --- heads of international organisations
IGO igo 1982-1991 Javier Perez de Cuellar
IGO igo 1992-1996 Boutros Boutros-Ghali
IGO igo 1997-2006 Kofi Annan
IGO igo 2007-2016 Ban Ki-moon
IGO igo 2017- Antonio Guterres
IGO igo 1988-1994 Manfred Woerner; Manfred Worner
IGO igo 1994-1995 Willy Claes
IGO igo 1995-2009 Javier Solana
IGO igo 1999-2003 George Robertson; Lord Robertson
IGO igo 2004-2009 Jaap de Hoop Scheffer
IGO igo 2009-2014 Anders Fogh Rasmussen
IGO igo 2014-2024 Jens Stoltenberg
IGO igo 2024- Mark Rutte
IGO igo 1985-1995 Jacques Delors
IGO igo 1995-1999 Jacques Santer
IGO igo 1999-2004 Romano Prodi
IGO igo 2004-2014 Jose Manuel Barroso
IGO igo 2014-2019 Jean-Claude Juncker
IGO igo 2019- Ursula von der Leyen
IGO igo 2009-2014 Catherine Ashton
IGO igo 2014-2019 Federica Mogherini
IGO igo 2019-2024 Josep Borrell
IGO igo 2024- Kaja Kallas
IGO igo 2010-2014 Herman Van Rompuy
IGO igo 2014-2019 Donald Tusk
IGO igo 2019-2024 Charles Michel
IGO igo 2024- Antonio Costa
IGO igo 1981-1997 Hans Blix
IGO igo 1997-2009 Mohamed ElBaradei
IGO igo 2009-2019 Yukiya Amano
IGO igo 2019- Rafael Grossi; Rafael Mariano Grossi
IGO igo 1987-2000 Michel Camdessus
IGO igo 2007-2011 Dominique Strauss-Kahn
IGO igo 2011-2019 Christine Lagarde
IGO igo 2019- Kristalina Georgieva
IGO igo 1995-2005 James Wolfensohn
IGO igo 2005-2007 Paul Wolfowitz
IGO igo 2007-2012 Robert Zoellick
IGO igo 2012-2019 Jim Yong Kim
IGO igo 2023- Ajay Banga
IGO igo 2011-2019 Mario Draghi
IGO igo 1998-2003 Gro Harlem Brundtland
IGO igo 2006-2017 Margaret Chan
IGO igo 2017- Tedros Adhanom Ghebreyesus; Tedros
IGO igo 2003-2008 Alpha Oumar Konare
IGO igo 2008-2012 Jean Ping
IGO igo 2012-2017 Nkosazana Dlamini-Zuma
IGO igo 2017-2025 Moussa Faki Mahamat; Moussa Faki
IGO igo 1979-1990 Chedli Klibi
IGO igo 1991-2001 Esmat Abdel Meguid
IGO igo 2001-2011 Amr Moussa
IGO igo 2011-2016 Nabil Elaraby; Nabil al-Araby
IGO igo 2016- Ahmed Aboul Gheit
IGO igo 1994-2004 Cesar Gaviria
IGO igo 2005-2015 Jose Miguel Insulza
IGO igo 2015-2025 Luis Almagro
IGO igo 1997-2002 Mary Robinson
IGO igo 2008-2014 Navi Pillay
IGO igo 2014-2018 Zeid Ra'ad Al Hussein
IGO igo 2018-2022 Michelle Bachelet
IGO igo 2022- Volker Turk
IGO igo 1991-2000 Sadako Ogata
IGO igo 2001-2005 Ruud Lubbers
IGO igo 2005-2015 Antonio Guterres
IGO igo 2016-2025 Filippo Grandi
IGO igo 2003-2012 Luis Moreno Ocampo; Luis Moreno-Ocampo
IGO igo 2012-2021 Fatou Bensouda
IGO igo 2021- Karim Khan
IGO igo 2005-2013 Pascal Lamy
IGO igo 2013-2020 Roberto Azevedo
IGO igo 2021- Ngozi Okonjo-Iweala
IGO igo 1997-2004 Lakhdar Brahimi
IGO igo 2014-2019 Staffan de Mistura
# --- office holders of the late Cold War (1975-1990) still in wire archives
USA hos 1977-1981 Jimmy Carter
USA hos 1981-1989 Ronald Reagan; Ronald W. Reagan
USA vp 1981-1989 George Bush
USA fm 1981-1982 Alexander Haig
USA fm 1982-1989 George Shultz; George P. Shultz
USA dm 1981-1987 Caspar Weinberger
RUS hos 1964-1982 Leonid Brezhnev
RUS hos 1982-1984 Yuri Andropov
RUS hos 1984-1985 Konstantin Chernenko
RUS fm 1957-1985 Andrei Gromyko
RUS fm 1985-1990 Eduard Shevardnadze
RUS hog 1985-1991 Nikolai Ryzhkov
RUS min 1996-1996 Alexander Lebed
DEU hos 1971-1989 Erich Honecker
DEU hos 1989-1989 Egon Krenz
DEU hog 1974-1982 Helmut Schmidt
DEU fm 1974-1992 Hans-Dietrich Genscher
POL hos 1981-1990 Wojciech Jaruzelski
ROU hos 1965-1989 Nicolae Ceausescu
BGR hos 1954-1989 Todor Zhivkov
CZE hos 1975-1989 Gustav Husak
HUN hos 1956-1988 Janos Kadar
ALB hos 1944-1985 Enver Hoxha
GBR fm 1983-1989 Geoffrey Howe
ITA hog 1983-1987 Bettino Craxi
TUR hos 1980-1989 Kenan Evren
CYP hos 1988-1993 George Vassiliou
FIN hog 1995-2003 Paavo Lipponen
PAK hos 1978-1988 Zia ul-Haq; Mohammad Zia ul-Haq; Muhammad Zia-ul-Haq
IND hog 1980-1984 Indira Gandhi
LKA hos 1978-1989 J. R. Jayewardene; Junius Richard Jayewardene; Jayewardene
MMR hos 1962-1988 Ne Win
KOR hos 1980-1988 Chun Doo-hwan
TWN hos 1978-1988 Chiang Ching-kuo
CHN hog 1980-1987 Zhao Ziyang
CHN pty 1987-1989 Zhao Ziyang
CHN pty 1981-1987 Hu Yaobang
JPN hog 1982-1987 Yasuhiro Nakasone
JPN hog 1987-1989 Noboru Takeshita
NPL hos 1972-2001 King Birendra; Birendra
THA hog 1980-1988 Prem Tinsulanonda
KHM opp 1979-1993 Son Sann
KHM reb 1976-1998 Khieu Samphan
AFG hos 1979-1986 Babrak Karmal
EGY hos 1970-1981 Anwar Sadat; Anwar el-Sadat
ISR hog 1977-1983 Menachem Begin
LBN hos 1982-1988 Amin Gemayel
LBN hos 1982-1982 Bashir Gemayel
TUN hos 1957-1987 Habib Bourguiba
TUN hos 1987-2011 Zine El Abidine Ben Ali; Ben Ali
SDN hos 1969-1985 Jaafar Nimeiri; Gaafar Nimeiry; Jaafar Nimeiry; Nimeiri; Nimeiry
UGA hos 1971-1979 Idi Amin
UGA hos 1980-1985 Milton Obote
MOZ hos 1975-1986 Samora Machel
MDG hos 1975-1993 Didier Ratsiraka
BWA hos 1980-1998 Quett Masire; Ketumile Masire
COG hos 1979-1992 Denis Sassou Nguesso; Denis Sassou-Nguesso; Sassou Nguesso
BFA hos 1983-1987 Thomas Sankara
HTI hos 1971-1986 Jean-Claude Duvalier; Baby Doc Duvalier
SLV hos 1984-1989 Jose Napoleon Duarte
CRI hos 1986-1990 Oscar Arias
ARG hos 1983-1989 Raul Alfonsin
BRA hos 1985-1990 Jose Sarney
PRY hos 1954-1989 Alfredo Stroessner
MEX hos 1982-1988 Miguel de la Madrid
ARM hos 1991-1998 Levon Ter-Petrosyan; Levon Ter-Petrossian
MDA hos 1990-1997 Mircea Snegur
TLS fm 2002-2006 Jose Ramos-Horta
PSE reb 1974-2002 Abu Nidal
IMG reb 1988-2011 bin Laden
IGO igo 1992-1995 Yasushi Akashi
# --- more news actors of the 1990s: envoys, ministers, militant and party leaders
USA min 1988-2001 Dennis Ross
USA min 1995-1998 George Mitchell
USA min 2009-2011 George Mitchell
RUS vp 1991-1993 Alexander Rutskoi; Alexander Rutskoy
RUS leg 1991-1993 Ruslan Khasbulatov
RUS reb 1996-1997 Zelimkhan Yandarbiyev; Zelimkhan Yandarbiev
IGO igo 1992-1995 David Owen; Lord Owen
IGO igo 1993-1996 Thorvald Stoltenberg
IGO igo 1991-1993 Cyrus Vance
IGO mil 1994-1995 Michael Rose
IGO mil 1995-1995 Rupert Smith
IGO mil 1997-2000 Wesley Clark
IGO igo 1991-1997 Rolf Ekeus
IGO igo 1997-1999 Richard Butler
IGO igo 1989-2001 Salim Ahmed Salim
IGO igo 1999-2003 Sergio Vieira de Mello
IGO igo 1997-1999 Carlos Westendorp
IGO igo 1999-2002 Wolfgang Petritsch
IGO igo 2002-2006 Paddy Ashdown
ISR min 1993-1996 Uri Savir
PSE gov 1991-2001 Faisal Husseini
PSE gov 1991-1996 Hanan Ashrawi
PSE reb 1987-2004 Abdel Aziz Rantissi; Abdel Aziz al-Rantissi; Abdel-Aziz Rantisi
SYR vp 1984-2005 Abdul Halim Khaddam; Abdel Halim Khaddam
IRQ fm 1992-2001 Mohammed Saeed al-Sahhaf; Mohammed Said al-Sahaf
IRQ min 2001-2003 Mohammed Saeed al-Sahhaf; Mohammed Said al-Sahaf
IRQ vp 1979-2003 Izzat Ibrahim; Izzat Ibrahim al-Douri
IRQ min 1987-2003 Ali Hassan al-Majid; Chemical Ali
IRN fm 1997-2005 Kamal Kharazi
IRN min 1989-2005 Hassan Rowhani; Hassan Rohani
IRN dm 1997-2005 Ali Shamkhani
SAU dm 1962-2011 Prince Sultan; Sultan bin Abdulaziz
SAU vp 1982-2005 Crown Prince Abdullah; Abdullah bin Abdulaziz
KWT hos 1977-2006 Sheikh Jaber; Jaber al-Ahmad al-Sabah
ARE hos 1971-2004 Sheikh Zayed; Zayed bin Sultan Al Nahyan
LBN reb 1986-1994 Samir Geagea
LBN reb 1991-1992 Abbas Musawi; Abbas al-Musawi
LBN rel 1985-2010 Mohammad Hussein Fadlallah; Mohammed Hussein Fadlallah
TUR fm 1991-1994 Hikmet Cetin
EGY hog 1996-1999 Kamal Ganzouri; Kamal el-Ganzouri
EGY hog 1999-2004 Atef Ebeid
SDN vp 1998-2013 Ali Osman Taha; Ali Osman Mohamed Taha
SOM hos 2004-2008 Abdullahi Yusuf; Abdullahi Yusuf Ahmed
NGA opp 1990-1995 Ken Saro-Wiwa
ZAF pty 1991-1993 Chris Hani
PAK fm 1997-1998 Gohar Ayub Khan
IND min 1998-2004 L. K. Advani; L.K. Advani; Lal Krishna Advani
IDN mil 1998-1999 Wiranto; General Wiranto
THA hog 1996-1997 Chavalit Yongchaiyudh
KHM reb 1997-1999 Ta Mok
KHM reb 1975-1996 Ieng Sary
VNM pty 1997-2001 Le Kha Phieu
CUB fm 1993-1999 Roberto Robaina
MEX reb 1994-2014 Subcomandante Marcos
MNE hos 1990-1998 Momir Bulatovic
BLR hos 1991-1994 Stanislav Shushkevich
GEO reb 1990-2005 Vladislav Ardzinba
BGR hos 1997-2002 Petar Stoyanov
GRC fm 1996-1999 Theodoros Pangalos
"""
