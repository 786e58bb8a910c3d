import { useState } from 'react';
import { Breadcrumb, Col, Row, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import type { PersonUnit } from '@qiantai/contracts';
import { FeaturePanels, useFeatureSlots, usePanelsReady } from '../../app/features/feature-slots';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { EditLinkModal } from './card/EditLinkModal';
import { EndLinkModal, LinkUnitModal } from './card/LinkUnitModal';
import { HouseholdCard, LeasesCard, ParkingCard, VehiclesCard } from './card/PersonAssets';
import { PersonalDataCard } from './card/PersonalDataCard';
import { PersonHeader } from './card/PersonHeader';
import { PersonHistory } from './card/PersonHistory';
import { PersonUnitsCard } from './card/PersonUnitsCard';
import { directoryApi } from './directory-api';
import { PersonFormModal } from './PersonFormModal';

/** The person card: everything the desk needs about one person, on one screen. */
export default function PersonCardPage() {
  const t = useT();
  const { personPanels } = useFeatureSlots();
  const panelsReady = usePanelsReady(personPanels);
  const { id = '' } = useParams();
  const card = useApiQuery(`card:${id}`, () => directoryApi.card(id));
  const history = useApiQuery(`history:${id}`, () => directoryApi.history(id));
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  const [ending, setEnding] = useState<PersonUnit | null>(null);
  const [editingLink, setEditingLink] = useState<PersonUnit | null>(null);
  const changed = () => {
    card.reload();
    history.reload();
  };

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[
        { title: <Link to="/directory/people">{t('directory.people.title')}</Link> },
        { title: card.data?.person.name ?? '…' },
      ]}
    />
  );
  if (card.error)
    return (
      <>
        {crumbs}
        <PageCard>
          <ErrorState error={card.error} onRetry={card.reload} />
        </PageCard>
      </>
    );
  if (!card.data || !panelsReady)
    return (
      <>
        {crumbs}
        <PageCard>
          <Skeleton active avatar paragraph={{ rows: 6 }} />
        </PageCard>
      </>
    );

  const { person } = card.data;
  return (
    <>
      {crumbs}
      <PersonHeader card={card.data} onEdit={() => setEditing(true)} onLink={() => setLinking(true)} />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={10}>
          <Row gutter={[20, 20]}>
            <Col span={24}>
              <PersonalDataCard person={person} onRevealed={history.reload} />
            </Col>
            <Col span={24}>
              <HouseholdCard household={card.data.household} />
            </Col>
            <Col span={24}>
              <PersonHistory history={history} />
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={14}>
          <Row gutter={[20, 20]}>
            <Col span={24}>
              <PersonUnitsCard links={card.data.units} onEdit={setEditingLink} onEnd={setEnding} />
            </Col>
            {/* Other features' panels (the person's service records…). */}
            <FeaturePanels
              panels={personPanels}
              props={{ personId: person.id, propertyId: person.propertyId }}
              wrap={(panel) => <Col span={24}>{panel}</Col>}
            />
            <Col span={24}>
              <VehiclesCard vehicles={card.data.vehicles} />
            </Col>
            <Col span={24}>
              <ParkingCard parking={card.data.parking} />
            </Col>
            <Col span={24}>
              <LeasesCard leases={card.data.leases} />
            </Col>
          </Row>
        </Col>
      </Row>
      <PersonFormModal
        open={editing}
        propertyId={person.propertyId}
        person={person}
        onClose={() => setEditing(false)}
        onSaved={changed}
      />
      <LinkUnitModal
        personId={person.id}
        open={linking}
        onClose={() => setLinking(false)}
        onSaved={changed}
      />
      <EndLinkModal link={ending} onClose={() => setEnding(null)} onSaved={changed} />
      <EditLinkModal link={editingLink} onClose={() => setEditingLink(null)} onSaved={changed} />
    </>
  );
}
